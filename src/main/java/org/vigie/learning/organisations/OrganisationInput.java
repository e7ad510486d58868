package org.vigie.learning.organisations;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the organisation forms accept: names of a sensible length without control or
 * direction-changing characters (they would garble the dashboard and the certificates),
 * an email address of the usual shape, an expiry among the offered ones. HTML in a name
 * is kept as typed and escaped wherever it is shown.
 */
final class OrganisationInput {

	static final int MAX_NAME = 120;

	static final int MAX_DISPLAY_NAME = 60;

	static final int MAX_EMAIL = 254;

	/** The expiries offered for an invitation link, in days; 0 means never. */
	static final int[] EXPIRY_DAYS = { 0, 7, 30, 90 };

	private static final Pattern HIDDEN = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}\\x{2028}\\x{2029}]");

	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
				+ "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	private OrganisationInput() {
	}

	/** An organisation's name, stripped. */
	static String name(String value) {
		return text(value, MAX_NAME, "name");
	}

	/** A member's display name, stripped. */
	static String displayName(String value) {
		return text(value, MAX_DISPLAY_NAME, "displayName");
	}

	static OrganisationKind kind(String value) {
		return OrganisationKind.named(value).orElseThrow(() -> new OrganisationRefused("kind"));
	}

	/** A contact address, stripped and with its domain in lower case. */
	static String email(String value) {
		String email = (value != null) ? value.strip() : "";
		if (email.isEmpty() || email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
			throw new OrganisationRefused("email");
		}
		int at = email.indexOf('@');
		return email.substring(0, at) + email.substring(at).toLowerCase(Locale.ROOT);
	}

	/** Days an invitation link lasts, 0 for no end. */
	static int expiryDays(String value) {
		for (int days : EXPIRY_DAYS) {
			if (Integer.toString(days).equals(value)) {
				return days;
			}
		}
		throw new OrganisationRefused("expiry");
	}

	private static String text(String value, int max, String problem) {
		String text = (value != null) ? value.strip() : "";
		if (text.isEmpty() || text.length() > max || HIDDEN.matcher(text).find()) {
			throw new OrganisationRefused(problem);
		}
		return text;
	}

}
