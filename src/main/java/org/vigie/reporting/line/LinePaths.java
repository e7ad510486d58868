package org.vigie.reporting.line;

import java.util.Arrays;
import java.util.Optional;

import org.vigie.reporting.web.ReportingPaths;
import org.vigie.site.Language;

/**
 * The line's addresses under its printed words: the form
 * ({@code /fr/signaler/formulaire}) and the follow-up ({@code /fr/signaler/suivi}). Pages
 * link to one another only with relative addresses, so the line works the same under any
 * host name (an onion service).
 */
final class LinePaths {

	static final String[] LANDING = { "/fr/" + ReportingPaths.FR, "/nl/" + ReportingPaths.NL,
			"/en/" + ReportingPaths.EN };

	static final String[] FORM = { LANDING[0] + "/formulaire", LANDING[1] + "/formulier", LANDING[2] + "/form" };

	static final String[] FOLLOW_UP = { LANDING[0] + "/suivi", LANDING[1] + "/opvolging", LANDING[2] + "/follow-up" };

	/** Every address of the line, as security matchers take them. */
	static final String[] ALL = { LANDING[0], LANDING[0] + "/**", LANDING[1], LANDING[1] + "/**", LANDING[2],
			LANDING[2] + "/**" };

	private LinePaths() {
	}

	/** The language of a line address, from its first segment. */
	static Optional<Language> language(String path) {
		return Arrays.stream(Language.values()).filter((language) -> {
			String landing = landing(language);
			return path.equals(landing) || path.startsWith(landing + "/");
		}).findFirst();
	}

	/** The line's first page: {@code /fr/signaler}. */
	static String landing(Language language) {
		return ReportingPaths.home(language);
	}

	/** The form's last word in a language. */
	static String formWord(Language language) {
		return last(FORM[language.ordinal()]);
	}

	/** The follow-up's last word in a language. */
	static String followUpWord(Language language) {
		return last(FOLLOW_UP[language.ordinal()]);
	}

	/** The path the pass cookie is limited to: the line in one language. */
	static String cookiePath(Language language) {
		return landing(language);
	}

	private static String last(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

}
