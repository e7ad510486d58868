package org.vigie.reporting.directory;

import java.time.LocalDate;

/**
 * One place to report or to call, as a page shows it.
 *
 * @param type what the suggestion is, which also fixes its place in the list
 * @param countryCode the country it belongs to, or {@code null} for this line
 * @param countryName that country's name in the page's language, or {@code null}
 * @param name the mechanism's official name, or {@code null} for this line and for
 * emergency numbers
 * @param kindKey the message key of its short description
 * @param phone the number as dialled inside its country, or {@code null}
 * @param url its page, or {@code null}
 * @param email its address for reports, or {@code null}
 * @param source where the fact can be checked, or {@code null} for this line
 * @param reviewed when staff last checked it, or {@code null} for this line
 * @param reviewedText that date written out in the page's language
 */
public record Suggestion(Type type, String countryCode, String countryName, String name, String kindKey, String phone,
		String url, String email, String source, LocalDate reviewed, String reviewedText) {

	/** What a suggestion is, in the order a page offers them. */
	public enum Type {

		/** This line, always offered first. */
		LINE,
		/** A mechanism of the reporter's country of residence. */
		HOME_MECHANISM,
		/** An emergency number of the country of the incident. */
		EMERGENCY,
		/** A mechanism of the country of the incident. */
		LOCAL_MECHANISM

	}

	/** The {@code tel:} address of the phone, spaces removed, or {@code null}. */
	public String telHref() {
		return (this.phone != null) ? "tel:" + this.phone.replace(" ", "") : null;
	}

	/** The {@code mailto:} address of the email, or {@code null}. */
	public String mailtoHref() {
		return (this.email != null) ? "mailto:" + this.email : null;
	}

	/**
	 * Whether the number works only when dialled inside its country (no international
	 * prefix): short numbers like 112 or 116 000 cannot be called from abroad.
	 */
	public boolean dialledInCountryOnly() {
		return this.phone != null && !this.phone.startsWith("+");
	}

	public boolean isEmergency() {
		return this.type == Type.EMERGENCY;
	}

}
