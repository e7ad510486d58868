package org.vigie.advocacy.organisations;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.vigie.site.Language;

/**
 * The rules every advocacy form applies to what staff type: texts are plain (pages escape
 * them, and markup in them is refused rather than silently shown as code), of a bounded
 * length; addresses are http(s); countries are ISO 3166-1 codes the JDK knows. Each
 * broken rule throws {@link Refused} with a message key of the networks bundle.
 */
public final class Checks {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\r\\n\\t]]");

	private Checks() {
	}

	/** A required plain text of at most {@code max} characters. */
	public static String required(String text, int max, String field) {
		if (text == null || text.isBlank()) {
			throw new Refused("advocacy.networks.problem.required", field);
		}
		return optional(text, max, field);
	}

	/** An optional plain text of at most {@code max} characters; empty becomes null. */
	public static String optional(String text, int max, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > max) {
			throw new Refused("advocacy.networks.problem.length", field);
		}
		if (MARKUP.matcher(stripped).find() || CONTROL.matcher(stripped).find()) {
			throw new Refused("advocacy.networks.problem.markup", field);
		}
		return stripped;
	}

	/** The three texts, each required and at most {@code max} characters. */
	public static Trilingual required(Trilingual texts, int max, String field) {
		if (texts == null) {
			throw new Refused("advocacy.networks.problem.required", field + "_fr");
		}
		return new Trilingual(required(texts.fr(), max, field + "_fr"), required(texts.nl(), max, field + "_nl"),
				required(texts.en(), max, field + "_en"));
	}

	/** An optional http(s) address of at most 500 characters. */
	public static String address(String text, String field) {
		String address = optional(text, 500, field);
		if (address == null) {
			return null;
		}
		try {
			URI uri = new URI(address);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
				return address;
			}
		}
		catch (java.net.URISyntaxException ex) {
			// refused below
		}
		throw new Refused("advocacy.networks.problem.address", field);
	}

	/** An optional ISO 3166-1 alpha-2 country code, upper case. */
	public static String country(String code, String field) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String upper = code.strip().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(upper)) {
			throw new Refused("advocacy.networks.problem.country", field);
		}
		return upper;
	}

	/** A country's name in a language, from the JDK. */
	public static String countryName(String code, Language language) {
		return Locale.of("", code).getDisplayCountry(language.locale());
	}

}
