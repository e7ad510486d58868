package org.vigie.fundraising.reconciliation;

/** How a line was matched to its gift. */
public enum MatchedBy {

	/** By the structured communication the donor was given. */
	COMMUNICATION,

	/** By its amount and the payer's name, when a single promised gift fits. */
	AMOUNT_NAME,

	/** By a fundraiser, in the review queue. */
	STAFF

}
