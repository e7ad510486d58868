package org.vigie.learning.web;

import java.util.List;

import org.vigie.learning.decks.Deck;
import org.vigie.site.Language;

/**
 * The cards' public addresses. {@code /fr/cartes}, {@code /nl/kaarten} and
 * {@code /en/cards} are printed on the physical cards and must never change; below them
 * come a deck's slug in that language, then fixed words ({@code study}, {@code trip}…)
 * that no deck may take as its slug.
 */
public final class CardsPaths {

	private static final String[] WORDS = { "cartes", "kaarten", "cards" };

	/**
	 * The reporting line's addresses, printed too; the feedback of some cards leads
	 * there.
	 */
	private static final String[] REPORT = { "/fr/signaler", "/nl/melden", "/en/report" };

	private CardsPaths() {
	}

	/** The word after the language: {@code cartes}, {@code kaarten} or {@code cards}. */
	public static String word(Language language) {
		return WORDS[language.ordinal()];
	}

	/** The list of decks in a language. */
	public static String base(Language language) {
		return "/" + language.code() + "/" + word(language);
	}

	/** Every base, for cookies and security rules. */
	public static List<String> bases() {
		return Language.all().stream().map(CardsPaths::base).toList();
	}

	/** A deck's page. */
	public static String deck(Language language, Deck deck) {
		return base(language) + "/" + deck.text(language).slug();
	}

	/** Where a learner answers a deck's cards. */
	public static String study(Language language, Deck deck) {
		return deck(language, deck) + "/study";
	}

	/** The reporting line in a language. */
	public static String reportLine(Language language) {
		return REPORT[language.ordinal()];
	}

	/** Security matchers for every address below the bases. */
	static String[] patterns() {
		return bases().stream()
			.flatMap((base) -> java.util.stream.Stream.of(base, base + "/**"))
			.toArray(String[]::new);
	}

}
