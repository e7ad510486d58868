package org.vigie.reporting.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the reporter wrote, stored only encrypted with the report's key. Every field but
 * {@code what} may be empty.
 *
 * @param what what happened (required)
 * @param city the city or area
 * @param place the place, in the reporter's words (a hotel's name, a street)
 * @param coordinates the position, rounded as the reporter chose, or {@code null}
 * @param when when it happened, in the reporter's words or as a date
 * @param adults the adults involved, as described
 * @param children the children involved, as described
 * @param languages the languages spoken
 * @param residence the reporter's country of residence (ISO code), if given
 * @param contact the reporter's contact details, or {@code null}
 */
public record ReportContent(String what, String city, String place, Coordinates coordinates, String when, String adults,
		String children, String languages, String residence, Contact contact) {

	/** The longest description of what happened. */
	public static final int MAX_WHAT = 5000;

	/** The longest of the other texts. */
	public static final int MAX_TEXT = 1000;

	public ReportContent {
		what = required(what);
		city = optional(city, 200);
		place = optional(place, MAX_TEXT);
		when = optional(when, 200);
		adults = optional(adults, MAX_TEXT);
		children = optional(children, MAX_TEXT);
		languages = optional(languages, 200);
		residence = optional(residence, 2);
	}

	private static String required(String text) {
		String value = optional(text, MAX_WHAT);
		if (value.isBlank()) {
			throw new IllegalArgumentException("What happened is required");
		}
		return value;
	}

	static String optional(String text, int max) {
		String value = (text != null) ? text.strip() : "";
		if (value.length() > max) {
			throw new IllegalArgumentException("A text is longer than " + max + " characters");
		}
		return value;
	}

	/**
	 * A position, rounded to the decimals the reporter chose: 1 (about 10 km), 2 (about 1
	 * km) or 3 (about 100 m).
	 *
	 * @param latitude degrees north
	 * @param longitude degrees east
	 * @param decimals the decimals kept
	 */
	public record Coordinates(double latitude, double longitude, int decimals) {

		public Coordinates {
			if (decimals < 1 || decimals > 3) {
				throw new IllegalArgumentException("Coordinates keep 1 to 3 decimals");
			}
			if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
				throw new IllegalArgumentException("Coordinates out of range");
			}
			latitude = round(latitude, decimals);
			longitude = round(longitude, decimals);
		}

		private static double round(double value, int decimals) {
			return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
		}

	}

	/**
	 * How to reach the reporter, when they chose to give it.
	 *
	 * @param name a name
	 * @param email an email address
	 * @param phone a phone number
	 */
	public record Contact(String name, String email, String phone) {

		public Contact {
			name = optional(name, 200);
			email = optional(email, 254);
			phone = optional(phone, 40);
		}

		/** Whether nothing was given. */
		public boolean isEmpty() {
			return this.name.isEmpty() && this.email.isEmpty() && this.phone.isEmpty();
		}

	}

}
