package org.vigie.advocacy.recommendations.web;

import java.util.EnumMap;
import java.util.Map;

import org.vigie.advocacy.web.AdvocacyPaths;
import org.vigie.site.Language;

/**
 * The recommendations' public addresses: the listing under the advocacy page
 * ({@code /fr/plaidoyer/recommandations}), its dataset beside it ({@code .json}) and a
 * page per recommendation by its code.
 */
final class RecommendationPaths {

	static final String FR = "/fr/plaidoyer/recommandations";

	static final String NL = "/nl/beleidswerk/aanbevelingen";

	static final String EN = "/en/advocacy/recommendations";

	private RecommendationPaths() {
	}

	static String list(Language language) {
		return AdvocacyPaths.of(AdvocacyPaths.Area.RECOMMENDATIONS, language);
	}

	static String one(Language language, String code) {
		return list(language) + "/" + code;
	}

	static Map<Language, String> lists() {
		Map<Language, String> all = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> all.put(language, list(language)));
		return all;
	}

	static Map<Language, String> ones(String code) {
		Map<Language, String> all = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> all.put(language, one(language, code)));
		return all;
	}

}
