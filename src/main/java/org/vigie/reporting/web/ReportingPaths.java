package org.vigie.reporting.web;

import org.vigie.site.Language;

/**
 * The line's public addresses. Its first words are printed on flyers and cards: they
 * never change.
 */
public final class ReportingPaths {

	public static final String FR = "signaler";

	public static final String NL = "melden";

	public static final String EN = "report";

	private ReportingPaths() {
	}

	/** The word of the line in a language. */
	public static String word(Language language) {
		return switch (language) {
			case FR -> FR;
			case NL -> NL;
			case EN -> EN;
		};
	}

	/** The line's first page in a language: {@code /fr/signaler}. */
	public static String home(Language language) {
		return "/" + language.code() + "/" + word(language);
	}

}
