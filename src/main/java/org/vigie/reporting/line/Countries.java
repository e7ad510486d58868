package org.vigie.reporting.line;

import java.text.Collator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.vigie.site.Language;

/**
 * Every country by its ISO code, named and sorted in the reporter's language, for the
 * form's lists.
 */
final class Countries {

	/**
	 * A country in a list.
	 *
	 * @param code its ISO 3166-1 alpha-2 code
	 * @param name its name in the page's language
	 */
	record Country(String code, String name) {
	}

	private static final Map<Language, List<Country>> LISTS = new ConcurrentHashMap<>();

	private Countries() {
	}

	static List<Country> all(Language language) {
		return LISTS.computeIfAbsent(language, (key) -> {
			Collator collator = Collator.getInstance(key.locale());
			return Arrays.stream(Locale.getISOCountries())
				.map((code) -> new Country(code, Locale.of("", code).getDisplayCountry(key.locale())))
				.sorted((a, b) -> collator.compare(a.name(), b.name()))
				.toList();
		});
	}

}
