package org.vigie.learning.decks;

import java.util.Map;
import java.util.UUID;

import org.vigie.site.Language;

/**
 * A deck as learners see it.
 *
 * @param id its identity
 * @param key its stable name, the same in every language ({@code travellers})
 * @param audience whom it is written for
 * @param desiredRetention the recall its schedule aims for, between 0.70 and 0.99
 * @param published whether learners can see it
 * @param position its place on the deck list
 * @param texts its words in each language
 */
public record Deck(UUID id, String key, Audience audience, double desiredRetention, boolean published, int position,
		Map<Language, DeckText> texts) {

	public Deck {
		texts = Map.copyOf(texts);
	}

	/** Its words in {@code language}, or in English when a translation is missing. */
	public DeckText text(Language language) {
		DeckText text = this.texts.get(language);
		return (text != null) ? text : this.texts.get(Language.EN);
	}

}
