package org.vigie.reporting.line;

import java.util.List;

import org.vigie.site.Language;

/**
 * What the line's layout needs to draw a page: the language and addresses relative to the
 * page itself, never absolute, so the same page works under an onion address.
 *
 * @param language the page's language
 * @param root the way up to the site's root ({@code ../} or {@code ../../})
 * @param base the way to the line's folder in this language ({@code ../en/report/})
 * @param landing the way to the line's first page
 * @param formWord the form's word, relative to {@code base}
 * @param followUpWord the follow-up's word, relative to {@code base}
 * @param leaveUrl the neutral site "leave quickly" goes to
 * @param languages the same page in each language
 */
record LinePage(Language language, String root, String base, String landing, String formWord, String followUpWord,
		String leaveUrl, List<Alternate> languages) {

	/** Which page of the line, for its address in other languages. */
	enum Kind {

		LANDING, FORM, FOLLOW_UP

	}

	/**
	 * The same page in another language.
	 *
	 * @param language the language
	 * @param href its relative address
	 * @param current whether it is this page's language
	 */
	record Alternate(Language language, String href, boolean current) {
	}

	static LinePage of(Language language, Kind kind, String leaveUrl) {
		String root = (kind == Kind.LANDING) ? "../" : "../../";
		List<Alternate> languages = Language.all()
			.stream()
			.map((other) -> new Alternate(other, root + address(other, kind).substring(1), other == language))
			.toList();
		String landing = root + LinePaths.landing(language).substring(1);
		return new LinePage(language, root, landing + "/", landing, LinePaths.formWord(language),
				LinePaths.followUpWord(language), leaveUrl, languages);
	}

	private static String address(Language language, Kind kind) {
		return switch (kind) {
			case LANDING -> LinePaths.landing(language);
			case FORM -> LinePaths.landing(language);
			case FOLLOW_UP -> LinePaths.FOLLOW_UP[language.ordinal()];
		};
	}

}
