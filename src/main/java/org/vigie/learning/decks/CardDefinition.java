package org.vigie.learning.decks;

import java.util.Map;

import org.vigie.site.Language;

/**
 * A card as a trainer writes it, in every language, before it is stored.
 *
 * @param key its stable name within the deck: importing a deck again updates the card
 * with the same key and keeps learners' schedules
 * @param kind what it asks
 * @param answer index of the right option
 * @param linksReport whether the explanation leads to the reporting line
 * @param texts its words in each language
 */
public record CardDefinition(String key, CardKind kind, int answer, boolean linksReport,
		Map<Language, CardText> texts) {

	public CardDefinition {
		texts = Map.copyOf(texts);
	}

}
