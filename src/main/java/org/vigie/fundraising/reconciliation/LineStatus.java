package org.vigie.fundraising.reconciliation;

/** What became of a bank statement line. */
public enum LineStatus {

	/** A credit matched to a gift, which it settled. */
	MATCHED,

	/** A credit waiting for a fundraiser's decision. */
	REVIEW,

	/** A credit recorded as income that is not a gift. */
	INCOME,

	/** A credit set aside by a fundraiser, with a reason. */
	IGNORED,

	/** Money that left the account: listed, never counted. */
	DEBIT

}
