package org.vigie.fundraising.gifts;

/** Where a gift stands. It follows from the ledger and the provider's events. */
public enum GiftStatus {

	/** Promised: the transfer or the payment has not arrived yet. */
	PENDING,

	/** The money arrived and stays. */
	SETTLED,

	/** The payment failed, was cancelled or expired: no money. */
	FAILED,

	/** The money arrived and went back, wholly. */
	REFUNDED

}
