package org.vigie.learning.authoring;

import java.util.UUID;

/**
 * The trainers' addresses. Decks are named by their id, so that no deck key can take a
 * fixed word such as {@code new}, {@code import} or {@code calibration}.
 */
final class DeckPaths {

	static final String BASE = "/admin/cards";

	static final String NEW = BASE + "/new";

	static final String IMPORT = BASE + "/import";

	static final String CALIBRATION = BASE + "/calibration";

	private DeckPaths() {
	}

	static String deck(UUID deck) {
		return BASE + "/" + deck;
	}

	static String cards(UUID deck) {
		return deck(deck) + "/cards";
	}

	static String card(UUID deck, UUID card) {
		return cards(deck) + "/" + card;
	}

	/** Reads an id from an address; anything else is no deck or card at all. */
	static java.util.Optional<UUID> id(String value) {
		if (value == null || value.length() != 36) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}

}
