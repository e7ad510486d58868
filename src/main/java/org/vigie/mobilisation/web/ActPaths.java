package org.vigie.mobilisation.web;

import java.util.List;
import java.util.Map;

import org.vigie.site.Language;

/**
 * The module's public addresses in each language. They are printed on flyers and cards:
 * never change them.
 * <ul>
 * <li>campaigns and statements: {@code /fr/agir}, {@code /nl/in-actie},
 * {@code /en/act};</li>
 * <li>events: {@code /fr/agenda}, {@code /nl/agenda}, {@code /en/events};</li>
 * <li>workshop requests: {@code /fr/ateliers}, {@code /nl/workshops},
 * {@code /en/workshops};</li>
 * <li>the newsletter: {@code /fr/lettre}, {@code /nl/nieuwsbrief},
 * {@code /en/newsletter}.</li>
 * </ul>
 */
public final class ActPaths {

	private static final Map<Language, String> ACT = Map.of(Language.FR, "agir", Language.NL, "in-actie", Language.EN,
			"act");

	private static final Map<Language, String> AGENDA = Map.of(Language.FR, "agenda", Language.NL, "agenda",
			Language.EN, "events");

	private static final Map<Language, String> WORKSHOPS = Map.of(Language.FR, "ateliers", Language.NL, "workshops",
			Language.EN, "workshops");

	private static final Map<Language, String> NEWSLETTER = Map.of(Language.FR, "lettre", Language.NL, "nieuwsbrief",
			Language.EN, "newsletter");

	private static final Map<Language, String> CONFIRM = Map.of(Language.FR, "confirmer", Language.NL, "bevestigen",
			Language.EN, "confirm");

	private static final Map<Language, String> MY_DATA = Map.of(Language.FR, "mes-donnees", Language.NL,
			"mijn-gegevens", Language.EN, "my-data");

	private ActPaths() {
	}

	/** Campaigns and statements: {@code /fr/agir}. */
	public static String act(Language language) {
		return "/" + language.code() + "/" + ACT.get(language);
	}

	/** Events: {@code /fr/agenda}, {@code /en/events}. */
	public static String agenda(Language language) {
		return "/" + language.code() + "/" + AGENDA.get(language);
	}

	/** Workshop requests: {@code /fr/ateliers}. */
	public static String workshops(Language language) {
		return "/" + language.code() + "/" + WORKSHOPS.get(language);
	}

	/**
	 * The newsletter: {@code /fr/lettre}, {@code /nl/nieuwsbrief},
	 * {@code /en/newsletter}.
	 */
	public static String newsletter(Language language) {
		return "/" + language.code() + "/" + NEWSLETTER.get(language);
	}

	/** A confirmation link's page: {@code /fr/agir/confirmer/<token>}. */
	public static String confirm(Language language, String token) {
		return act(language) + "/" + CONFIRM.get(language) + "/" + token;
	}

	/** A person's own data: {@code /fr/agir/mes-donnees/<key>}. */
	public static String myData(Language language, String key) {
		return act(language) + "/" + MY_DATA.get(language) + "/" + key;
	}

	/** The first words of the module's addresses in a language. */
	public static java.util.Set<String> words(Language language) {
		return java.util.Set.of(ACT.get(language), AGENDA.get(language), WORKSHOPS.get(language),
				NEWSLETTER.get(language));
	}

	/** Every address the module's public security rules cover. */
	static String[] patterns() {
		return Language.all()
			.stream()
			.flatMap((language) -> List.of(act(language), agenda(language), workshops(language), newsletter(language))
				.stream())
			.flatMap((base) -> java.util.stream.Stream.of(base, base + "/**", base + ".ics"))
			.distinct()
			.toArray(String[]::new);
	}

}
