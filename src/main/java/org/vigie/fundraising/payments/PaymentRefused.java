package org.vigie.fundraising.payments;

/**
 * A provider refused, could not be reached, or a webhook call could not be trusted. The
 * code is a message key ({@code fundraising.payment.problem.*}) for what the donor or the
 * fundraiser is told; the detail is for the operator and never holds personal data.
 */
public class PaymentRefused extends RuntimeException {

	private final String code;

	public PaymentRefused(String code, String detail) {
		super(detail);
		this.code = code;
	}

	public PaymentRefused(String code, String detail, Throwable cause) {
		super(detail, cause);
		this.code = code;
	}

	/** The message key of what the person is told. */
	public String code() {
		return this.code;
	}

}
