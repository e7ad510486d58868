package org.vigie.learning.print;

import java.util.List;

/**
 * A card's words as they are printed or exported, in one language.
 *
 * @param number its place in the deck, from 1
 * @param key its stable name within the deck
 * @param kind what it asks ("True or false?")
 * @param prompt the statement, question or situation
 * @param options the answers offered: for a true/false card the two words
 * @param lettered whether options are lettered A to E (not the two words of a true/false
 * card)
 * @param answer the right option, with its letter when options are lettered
 * @param explanation why it is right
 * @param reflex the reflex to keep
 * @param reportAddress the reporting line's address for cards that lead there, else
 * {@code null}
 */
record PrintedCard(int number, String key, String kind, String prompt, List<String> options, boolean lettered,
		String answer, String explanation, String reflex, String reportAddress) {

	PrintedCard {
		options = List.copyOf(options);
	}

	/** The letter of option {@code index}: A, B, C… */
	static String letter(int index) {
		return Character.toString('A' + index);
	}

}
