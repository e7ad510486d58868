package org.vigie.advocacy.web;

import java.util.List;
import java.util.stream.Stream;

import org.vigie.site.Language;

/**
 * The advocacy module's public addresses, all under the advocacy page of each language
 * ({@code /fr/plaidoyer}, {@code /nl/beleidswerk}, {@code /en/advocacy}), which the
 * content module serves. The tracker's addresses are printed on the NGO's material: keep
 * them exactly.
 */
public final class AdvocacyPaths {

	private AdvocacyPaths() {
	}

	/** The parts of the module with a public address of their own. */
	public enum Area {

		/** The directive tracker. */
		TRACKER("transposition", "omzetting", "transposition"),

		/** The networks the NGO belongs to. */
		NETWORKS("reseaux", "netwerken", "networks"),

		/** Projects and their reach. */
		PROJECTS("projets", "projecten", "projects"),

		/** What became of the recommendations. */
		RECOMMENDATIONS("recommandations", "aanbevelingen", "recommendations"),

		/** The public part of the policy watch. */
		WATCH("veille", "beleidsopvolging", "policy-watch"),

		/** Figures that update themselves. */
		IMPACT("impact", "impact", "impact");

		private final String fr;

		private final String nl;

		private final String en;

		Area(String fr, String nl, String en) {
			this.fr = fr;
			this.nl = nl;
			this.en = en;
		}

		/** The area's word in a language. */
		public String word(Language language) {
			return switch (language) {
				case FR -> this.fr;
				case NL -> this.nl;
				case EN -> this.en;
			};
		}

	}

	/** The advocacy page itself (served by the content module). */
	public static String base(Language language) {
		return switch (language) {
			case FR -> "/fr/plaidoyer";
			case NL -> "/nl/beleidswerk";
			case EN -> "/en/advocacy";
		};
	}

	/** An area's page, such as {@code /fr/plaidoyer/transposition}. */
	public static String of(Area area, Language language) {
		return base(language) + "/" + area.word(language);
	}

	/** The tracker: {@code /fr/plaidoyer/transposition}. */
	public static String tracker(Language language) {
		return of(Area.TRACKER, language);
	}

	/** A member state's page in the tracker, by its ISO 3166 code (upper case). */
	public static String country(Language language, String code) {
		return tracker(language) + "/" + switch (language) {
			case FR -> "pays";
			case NL -> "land";
			case EN -> "country";
		} + "/" + code.toLowerCase(java.util.Locale.ROOT);
	}

	/** A provision's page in the tracker, by its article (such as {@code 25}). */
	public static String provision(Language language, String article) {
		return tracker(language) + "/" + switch (language) {
			case FR -> "article";
			case NL -> "artikel";
			case EN -> "article";
		} + "/" + article;
	}

	/** The map of Europe coloured by status. */
	public static String map(Language language) {
		return tracker(language) + "/" + switch (language) {
			case FR -> "carte";
			case NL -> "kaart";
			case EN -> "map";
		};
	}

	/** Every address the module's security chain serves (all languages, all areas). */
	static String[] patterns() {
		return Language.all()
			.stream()
			.flatMap((language) -> Stream.of(Area.values()).map((area) -> of(area, language)))
			.flatMap((path) -> Stream.of(path, path + "/**", path + ".*"))
			.distinct()
			.toArray(String[]::new);
	}

	/** The areas' addresses in a language, for the sitemap and the advocacy page. */
	public static List<String> all(Language language) {
		return Stream.of(Area.values()).map((area) -> of(area, language)).toList();
	}

}
