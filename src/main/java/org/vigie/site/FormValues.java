package org.vigie.site;

import java.util.Map;

/**
 * Reads a submitted back-office form's fields. A value is kept up to a length above what
 * any of the form's fields may hold, so that an oversized value is still refused by the
 * form's rules with its own message and shown back, but a huge one does not fill the
 * page.
 */
public final class FormValues {

	private final Map<String, String> fields;

	private final int kept;

	/**
	 * @param fields the fields as sent
	 * @param kept how many characters of a value are kept at most
	 */
	public FormValues(Map<String, String> fields, int kept) {
		this.fields = fields;
		this.kept = kept;
	}

	/** The field's value without surrounding spaces, or an empty text. */
	public String text(String name) {
		String value = this.fields.get(name);
		if (value == null) {
			return "";
		}
		value = value.strip();
		return (value.length() > this.kept) ? value.substring(0, this.kept) : value;
	}

	/** Whether a check box was ticked. */
	public boolean ticked(String name) {
		String value = this.fields.get(name);
		return value != null && !value.isEmpty() && !"false".equals(value);
	}

}
