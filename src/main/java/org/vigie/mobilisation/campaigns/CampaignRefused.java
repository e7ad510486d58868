package org.vigie.mobilisation.campaigns;

/**
 * A campaign that breaks a rule and was not stored; its code is a message key naming the
 * rule, its field the form field at fault.
 */
public class CampaignRefused extends RuntimeException {

	private final String code;

	private final String field;

	public CampaignRefused(String code, String field) {
		super(code);
		this.code = code;
		this.field = field;
	}

	/** The message key of the reason. */
	public String code() {
		return this.code;
	}

	/** The field at fault, such as {@code title_nl}, or {@code null}. */
	public String field() {
		return this.field;
	}

}
