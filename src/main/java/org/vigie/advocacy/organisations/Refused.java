package org.vigie.advocacy.organisations;

/**
 * What staff typed cannot be stored: the message key says why (shown in the staff
 * member's language) and the field names where. Nothing is written when it is thrown.
 */
public class Refused extends RuntimeException {

	private final String key;

	private final String field;

	public Refused(String key, String field) {
		super(key + " (" + field + ")");
		this.key = key;
		this.field = field;
	}

	/** The message key of the reason. */
	public String key() {
		return this.key;
	}

	/** The form field that is wrong. */
	public String field() {
		return this.field;
	}

}
