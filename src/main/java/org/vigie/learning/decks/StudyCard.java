package org.vigie.learning.decks;

import java.util.Map;
import java.util.UUID;

import org.vigie.site.Language;

/**
 * A card of a deck.
 *
 * @param id its identity, the same in every language
 * @param deckId the deck it belongs to
 * @param key its stable name within the deck
 * @param position its place in the deck: new cards are introduced in this order
 * @param kind what it asks
 * @param answer index of the right option
 * @param linksReport whether the explanation leads to the reporting line
 * @param texts its words in each language
 */
public record StudyCard(UUID id, UUID deckId, String key, int position, CardKind kind, int answer, boolean linksReport,
		Map<Language, CardText> texts) {

	public StudyCard {
		texts = Map.copyOf(texts);
	}

	/** Its words in {@code language}, or in English when a translation is missing. */
	public CardText text(Language language) {
		CardText text = this.texts.get(language);
		return (text != null) ? text : this.texts.get(Language.EN);
	}

	/** How many options a learner chooses from. */
	public int optionCount() {
		return (this.kind == CardKind.TRUE_FALSE) ? 2 : text(Language.EN).options().size();
	}

	/** Whether {@code option} is the right answer. */
	public boolean isRight(int option) {
		return option == this.answer;
	}

}
