package org.vigie.fundraising.admin;

import java.util.Map;

/**
 * Reads a submitted form's fields. A value is kept up to {@value #KEPT} characters, more
 * than any field may hold, so that an oversized value is still refused by the rules with
 * its own message and shown back, but a huge one does not fill the page.
 */
final class FormValues {

	static final int KEPT = 25_000;

	private final Map<String, String> fields;

	FormValues(Map<String, String> fields) {
		this.fields = fields;
	}

	/** The field's value without surrounding spaces, or an empty text. */
	String text(String name) {
		String value = this.fields.get(name);
		if (value == null) {
			return "";
		}
		value = value.strip();
		return (value.length() > KEPT) ? value.substring(0, KEPT) : value;
	}

	/** Whether a check box was ticked. */
	boolean ticked(String name) {
		String value = this.fields.get(name);
		return value != null && !value.isEmpty() && !"false".equals(value);
	}

}
