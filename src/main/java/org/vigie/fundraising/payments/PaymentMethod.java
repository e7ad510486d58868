package org.vigie.fundraising.payments;

/**
 * How a donor pays. {@link #TRANSFER} needs no provider: the donor's bank sends the money
 * with a structured communication and the NGO's bank statement tells it arrived;
 * {@link #CASH} is handed over to staff (at an event) and recorded by them.
 */
public enum PaymentMethod {

	/** A bank transfer with a structured communication. */
	TRANSFER,

	/** Bancontact, through a provider. */
	BANCONTACT,

	/** A credit or debit card, through a provider. */
	CARD,

	/** A SEPA direct debit, for monthly gifts after a first payment. */
	DIRECT_DEBIT,

	/** Cash or a cheque handed to staff. */
	CASH

}
