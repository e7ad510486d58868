package org.vigie.reporting.directory;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every value of the data file follows. Each check names where the value sits
 * ({@code "TH mechanism 2"}) so a failed start tells staff exactly what to fix.
 */
final class FactRules {

	/** Every code the JDK knows as an ISO 3166-1 alpha-2 country. */
	static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

	/** Digits in groups separated by single spaces, optionally after a leading +. */
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9]+( [0-9]+)*");

	private static final int PHONE_MAX = 20;

	/**
	 * A plain address: no spaces, no quotes, no angle brackets, one @ before a dotted
	 * domain.
	 */
	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

	private static final int TEXT_MAX = 200;

	private FactRules() {
	}

	static String countryCode(Object value, String where) {
		if (!(value instanceof String code) || !ISO_COUNTRIES.contains(code)) {
			throw invalid(where, "country \"" + value + "\" is not a quoted upper-case ISO 3166-1 alpha-2 code");
		}
		return code;
	}

	static String text(Object value, String where, String field) {
		if (!(value instanceof String text) || text.isBlank() || text.length() > TEXT_MAX) {
			throw invalid(where, field + " is missing, blank or longer than " + TEXT_MAX + " characters");
		}
		return text.strip();
	}

	static String phone(Object value, String where) {
		if (value == null) {
			return null;
		}
		if (!(value instanceof String phone) || !PHONE.matcher(phone).matches() || phone.length() > PHONE_MAX) {
			throw invalid(where, "phone \"" + value + "\" must be quoted digits in groups, optionally after +");
		}
		return phone;
	}

	static String email(Object value, String where) {
		if (value == null) {
			return null;
		}
		if (!(value instanceof String email) || !EMAIL.matcher(email).matches() || email.length() > TEXT_MAX) {
			throw invalid(where, "email \"" + value + "\" is not a plain address");
		}
		return email;
	}

	/** An absolute https address; {@code null} only when {@code optional}. */
	static String https(Object value, String where, String field, boolean optional) {
		if (value == null && optional) {
			return null;
		}
		if (!(value instanceof String address)) {
			throw invalid(where, field + " is missing");
		}
		try {
			URI uri = new URI(address);
			if (!"https".equals(uri.getScheme()) || uri.getHost() == null || uri.getHost().isBlank()) {
				throw invalid(where, field + " \"" + address + "\" is not an https address");
			}
		}
		catch (URISyntaxException ex) {
			throw invalid(where, field + " \"" + address + "\" is not a valid address");
		}
		return address;
	}

	/** A date written {@code 2026-12-04}, which YAML reads as a timestamp. */
	static LocalDate date(Object value, String where, String field) {
		if (value instanceof Date date) {
			return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
		}
		if (value instanceof String text) {
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				// reported below
			}
		}
		throw invalid(where, field + " \"" + value + "\" is missing or not a date like 2026-12-04");
	}

	static <E extends Enum<E>> E kind(Object value, Class<E> kinds, String where) {
		if (value instanceof String text) {
			String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
			for (E kind : kinds.getEnumConstants()) {
				if (kind.name().equals(name)) {
					return kind;
				}
			}
		}
		throw invalid(where, "kind \"" + value + "\" is not one of " + Arrays.toString(kinds.getEnumConstants()));
	}

	static InvalidDirectoryException invalid(String where, String problem) {
		return new InvalidDirectoryException("reporting-points.yml, " + where + ": " + problem);
	}

}
