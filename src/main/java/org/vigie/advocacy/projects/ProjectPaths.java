package org.vigie.advocacy.projects;

import java.util.EnumMap;
import java.util.Map;

import org.vigie.advocacy.web.AdvocacyPaths;
import org.vigie.site.Language;

/**
 * The projects' public addresses: the list ({@code /fr/plaidoyer/projets}), a project by
 * its code ({@code /fr/plaidoyer/projets/golondrina}) and the IATI export beside the list
 * ({@code /fr/plaidoyer/projets.xml}, the same document in every language).
 */
public final class ProjectPaths {

	private ProjectPaths() {
	}

	/** The list of projects. */
	public static String list(Language language) {
		return AdvocacyPaths.of(AdvocacyPaths.Area.PROJECTS, language);
	}

	/** A project's page. */
	public static String project(Language language, String code) {
		return list(language) + "/" + code;
	}

	/** A project's page in every language. */
	public static Map<Language, String> project(String code) {
		Map<Language, String> paths = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> paths.put(language, project(language, code)));
		return paths;
	}

	/** The IATI activity file. */
	public static String iati(Language language) {
		return list(language) + ".xml";
	}

}
