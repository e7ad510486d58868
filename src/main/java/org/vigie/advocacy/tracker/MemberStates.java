package org.vigie.advocacy.tracker;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.vigie.site.Language;

/**
 * The 27 member states of the European Union by their ISO 3166-1 alpha-2 codes (Greece is
 * {@code GR} here, not the EU's {@code EL}), in the EU's protocol order, with their names
 * in the site's languages from the JDK's locale data.
 */
public final class MemberStates {

	/** The codes in the EU's protocol order (by name in the original language). */
	public static final List<String> CODES = List.of("BE", "BG", "CZ", "DK", "DE", "EE", "IE", "GR", "ES", "FR", "HR",
			"IT", "CY", "LV", "LT", "LU", "HU", "MT", "NL", "AT", "PL", "PT", "RO", "SI", "SK", "FI", "SE");

	private static final Set<String> KNOWN = Set.copyOf(CODES);

	private MemberStates() {
	}

	/** Whether this is one of the 27 (upper-case ISO code). */
	public static boolean isMember(String code) {
		return code != null && KNOWN.contains(code);
	}

	/** The state's name in a language, such as "Belgique", "België", "Belgium". */
	public static String name(String code, Language language) {
		return Locale.of("", code).getDisplayCountry(language.locale());
	}

}
