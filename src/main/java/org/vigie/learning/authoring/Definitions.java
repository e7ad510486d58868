package org.vigie.learning.authoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.vigie.learning.decks.CardDefinition;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckDefinition;
import org.vigie.learning.decks.StudyCard;
import org.vigie.site.Language;

/**
 * A stored deck turned back into the authored form, and the small changes a trainer makes
 * to it: each change builds a whole new {@link DeckDefinition} that
 * {@code DeckStore.save} checks and stores, keeping card ids by key.
 */
final class Definitions {

	private Definitions() {
	}

	static DeckDefinition of(Deck deck, List<StudyCard> cards) {
		return new DeckDefinition(deck.key(), deck.audience(), deck.desiredRetention(), deck.position(),
				deck.published(), deck.texts(), cards.stream().map(Definitions::card).toList());
	}

	static CardDefinition card(StudyCard card) {
		return new CardDefinition(card.key(), card.kind(), card.answer(), card.linksReport(), card.texts());
	}

	/** The deck with {@code card} in place of the card of the same key, or added last. */
	static DeckDefinition withCard(DeckDefinition deck, CardDefinition card) {
		List<CardDefinition> cards = new ArrayList<>(deck.cards());
		int at = indexOf(cards, card.key());
		if (at >= 0) {
			cards.set(at, card);
		}
		else {
			cards.add(card);
		}
		return withCards(deck, cards);
	}

	/** The deck without the card of this key: the store retires it. */
	static DeckDefinition without(DeckDefinition deck, String key) {
		return withCards(deck, deck.cards().stream().filter((card) -> !card.key().equals(key)).toList());
	}

	/** The deck with the card of this key one place earlier ({@code -1}) or later. */
	static DeckDefinition moved(DeckDefinition deck, String key, int step) {
		List<CardDefinition> cards = new ArrayList<>(deck.cards());
		int at = indexOf(cards, key);
		int to = at + step;
		if (at < 0 || to < 0 || to >= cards.size()) {
			return deck;
		}
		cards.add(to, cards.remove(at));
		return withCards(deck, cards);
	}

	static DeckDefinition withCards(DeckDefinition deck, List<CardDefinition> cards) {
		return new DeckDefinition(deck.key(), deck.audience(), deck.desiredRetention(), deck.position(),
				deck.published(), deck.texts(), cards);
	}

	static int indexOf(List<CardDefinition> cards, String key) {
		for (int i = 0; i < cards.size(); i++) {
			if (cards.get(i).key().equals(key)) {
				return i;
			}
		}
		return -1;
	}

	/** An empty text map, filled language by language. */
	static <T> Map<Language, T> texts() {
		return new EnumMap<>(Language.class);
	}

}
