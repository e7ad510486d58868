package org.vigie.fundraising.banking;

/**
 * A structured communication, an IBAN, a national register number or a payment QR code
 * that cannot be accepted, with the reason as a message code of the
 * {@code fundraising-banking} bundles ({@code fundraising.banking.problem.*}) so that a
 * donor or a fundraiser reads it in their language. The refused value itself is never in
 * the message: it may be a national register number.
 */
public class BankingRefused extends IllegalArgumentException {

	private final String code;

	public BankingRefused(String problem) {
		super("fundraising.banking.problem." + problem);
		this.code = "fundraising.banking.problem." + problem;
	}

	/** The message code of the reason. */
	public String code() {
		return this.code;
	}

}
