package org.vigie.learning.decks;

import java.util.List;
import java.util.Map;

import org.vigie.site.Language;

/**
 * A whole deck as a trainer writes it or a file brings it, checked by {@link DeckRules}
 * before it is stored.
 *
 * @param key its stable name
 * @param audience whom it is written for
 * @param desiredRetention the recall its schedule aims for
 * @param position its place on the deck list
 * @param published whether learners see it once stored
 * @param texts its words in each language
 * @param cards its cards, in order
 */
public record DeckDefinition(String key, Audience audience, double desiredRetention, int position, boolean published,
		Map<Language, DeckText> texts, List<CardDefinition> cards) {

	public DeckDefinition {
		texts = Map.copyOf(texts);
		cards = List.copyOf(cards);
	}

}
