package org.vigie.learning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckFile;
import org.vigie.learning.decks.DeckStore;

/**
 * The small deck the tests answer ({@code learning/test-deck.yaml}: six cards, every
 * kind, known answers), stored once in the shared context.
 */
public final class LearningFixtures {

	private LearningFixtures() {
	}

	/** The trial deck, stored if it is not yet. */
	public static Deck trialDeck(DeckStore store) {
		return store.byKey("test-deck").orElseGet(() -> {
			try (InputStream in = LearningFixtures.class.getResourceAsStream("/learning/test-deck.yaml")) {
				store.save(DeckFile.read(in), Instant.now());
				return store.byKey("test-deck").orElseThrow();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
