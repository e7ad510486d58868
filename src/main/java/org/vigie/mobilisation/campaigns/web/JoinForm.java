package org.vigie.mobilisation.campaigns.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.vigie.mobilisation.people.EmailAddress;

/**
 * The join form as it was sent: first name, email, optional city and country (ISO 3166),
 * whether the first name may appear on the wall, whether to get the campaign's news, and
 * the relay code of the link that brought the person. Every problem is named by field,
 * with a message key; a form with a problem records nothing.
 *
 * @param firstName the first name as typed
 * @param email the address as typed
 * @param city the city as typed
 * @param country the country code chosen
 * @param wall whether the wall box was ticked
 * @param news whether the news box was ticked
 * @param via the relay code carried by the form, or empty
 * @param errors message keys by field
 */
record JoinForm(String firstName, String email, String city, String country, boolean wall, boolean news, String via,
		Map<String, String> errors) {

	static final int FIRST_NAME_MAX = 60;

	static final int CITY_MAX = 80;

	/** The ISO 3166 two-letter codes a person may choose. */
	static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	static JoinForm empty(String via) {
		return new JoinForm("", "", "", "", false, false, via, Map.of());
	}

	static JoinForm read(Map<String, String> sent) {
		Map<String, String> errors = new LinkedHashMap<>();
		String firstName = text(sent.get("firstName"));
		if (firstName.isEmpty()) {
			errors.put("firstName", "mobilisation.campaigns.join.problem.firstName");
		}
		else if (firstName.length() > FIRST_NAME_MAX || !printable(firstName)) {
			errors.put("firstName", "mobilisation.campaigns.join.problem.firstNameShape");
		}
		String email = String.valueOf(sent.getOrDefault("email", ""));
		if (EmailAddress.parse(email).isEmpty()) {
			errors.put("email", "mobilisation.problem.email");
		}
		String city = text(sent.get("city"));
		if (city.length() > CITY_MAX || !printable(city)) {
			errors.put("city", "mobilisation.campaigns.join.problem.city");
		}
		String country = text(sent.get("country"));
		if (!country.isEmpty() && !COUNTRIES.contains(country)) {
			errors.put("country", "mobilisation.campaigns.join.problem.country");
		}
		return new JoinForm(cut(firstName, FIRST_NAME_MAX), cut(email.strip(), EmailAddress.MAX_LENGTH),
				cut(city, CITY_MAX), COUNTRIES.contains(country) ? country : "", "on".equals(sent.get("wall")),
				"on".equals(sent.get("news")), relayCode(sent.get("via")), errors);
	}

	/** The address, once the form has no problem. */
	EmailAddress address() {
		return EmailAddress.parse(this.email).orElseThrow();
	}

	Optional<String> cityGiven() {
		return this.city.isEmpty() ? Optional.empty() : Optional.of(this.city);
	}

	Optional<String> countryGiven() {
		return this.country.isEmpty() ? Optional.empty() : Optional.of(this.country);
	}

	/** A relay code as it may be: anything else is dropped, never an error. */
	static String relayCode(String sent) {
		return (sent != null && sent.matches("[a-z0-9]{10}")) ? sent : "";
	}

	private static String text(String value) {
		return (value == null) ? "" : value.strip();
	}

	private static boolean printable(String value) {
		return value.chars().noneMatch((c) -> c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0));
	}

	private static String cut(String value, int max) {
		return (value.length() > max) ? value.substring(0, max) : value;
	}

}
