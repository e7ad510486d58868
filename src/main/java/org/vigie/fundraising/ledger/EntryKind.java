package org.vigie.fundraising.ledger;

/** What a ledger entry records. Amounts of money leaving are negative. */
public enum EntryKind {

	/** A gift received (positive). */
	GIFT,

	/** Money given back to a donor (negative). */
	REFUND,

	/** Money a donor's bank took back (negative). */
	CHARGEBACK,

	/**
	 * Income that is not a gift and gives no right to a certificate: entry fees, cash
	 * handed over at an event, goods sold (positive).
	 */
	INCOME,

	/**
	 * A correction of an earlier entry by a fundraiser (either sign); it names the entry
	 * it corrects.
	 */
	CORRECTION

}
