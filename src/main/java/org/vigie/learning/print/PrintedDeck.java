package org.vigie.learning.print;

import java.util.List;

import org.vigie.site.Language;

/**
 * A deck's words as they are printed or exported, in one language.
 *
 * @param key its stable name, the same in every language
 * @param slug the last word of its address in that language
 * @param language the language
 * @param title its name
 * @param onlineAddress where to learn it online, absolute
 * @param labels the words around the cards' own
 * @param cards its cards, in order
 */
record PrintedDeck(String key, String slug, Language language, String title, String onlineAddress, Labels labels,
		List<PrintedCard> cards) {

	PrintedDeck {
		cards = List.copyOf(cards);
	}

	/** A download's file name: the deck's address word, the language, a suffix. */
	String fileName(String suffix) {
		return this.slug + "-" + this.language.code() + suffix;
	}

	/**
	 * The words printed around the cards' own, in the deck's language.
	 *
	 * @param answer before the right answer
	 * @param reflex before the reflex
	 * @param report before the reporting line's address
	 * @param online before the address where the deck is learnt online
	 */
	record Labels(String answer, String reflex, String report, String online) {

	}

}
