package org.vigie.fundraising.ledger;

/** Where an entry comes from. */
public enum EntrySource {

	/** A payment provider's event. */
	PROVIDER,

	/** A line of the NGO's bank statement. */
	STATEMENT,

	/** A fundraiser, in the back-office. */
	STAFF,

	/** The demo content. */
	DEMO

}
