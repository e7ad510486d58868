package org.vigie.reporting.web;

import org.vigie.site.Language;

/**
 * The line's public addresses. Its first words are printed on flyers and cards: they
 * never change.
 */
final class ReportingPaths {

	static final String FR = "signaler";

	static final String NL = "melden";

	static final String EN = "report";

	private ReportingPaths() {
	}

	/** The word of the line in a language. */
	static String word(Language language) {
		return switch (language) {
			case FR -> FR;
			case NL -> NL;
			case EN -> EN;
		};
	}

	/** The line's first page in a language: {@code /fr/signaler}. */
	static String home(Language language) {
		return "/" + language.code() + "/" + word(language);
	}

}
