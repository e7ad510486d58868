package org.vigie.learning.decks;

import java.util.List;

/**
 * A card's words in one language.
 *
 * @param prompt the statement, question or situation
 * @param options the answers offered, in the same order in every language; empty for a
 * true/false card, whose options are the words "true" and "false"
 * @param explanation why the right answer is right
 * @param reflex the reflex to adopt, in one short sentence
 */
public record CardText(String prompt, List<String> options, String explanation, String reflex) {

	public CardText {
		options = List.copyOf(options);
	}

}
