package org.vigie.advocacy.tracker.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import org.vigie.advocacy.web.AdvocacyPaths;
import org.vigie.site.Language;

/**
 * The tracker's public addresses besides those of {@link AdvocacyPaths}: the dataset
 * beside the page ({@code .csv}, {@code .json}) and the page documenting it.
 */
final class TrackerAddresses {

	static final String FR = "/fr/plaidoyer/transposition";

	static final String NL = "/nl/beleidswerk/omzetting";

	static final String EN = "/en/advocacy/transposition";

	private TrackerAddresses() {
	}

	/** The CSV file of a language's tracker. */
	static String csv(Language language) {
		return AdvocacyPaths.tracker(language) + ".csv";
	}

	/** The JSON file of a language's tracker. */
	static String json(Language language) {
		return AdvocacyPaths.tracker(language) + ".json";
	}

	/** The page documenting the dataset's columns and licence. */
	static String data(Language language) {
		return AdvocacyPaths.tracker(language) + "/" + switch (language) {
			case FR -> "donnees";
			case NL -> "gegevens";
			case EN -> "data";
		};
	}

	/** An address in every language, for hreflang and the sitemap. */
	static Map<Language, String> everyLanguage(Function<Language, String> path) {
		Map<Language, String> paths = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> paths.put(language, path.apply(language)));
		return paths;
	}

}
