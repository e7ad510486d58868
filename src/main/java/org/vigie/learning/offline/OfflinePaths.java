package org.vigie.learning.offline;

import org.vigie.learning.decks.Deck;
import org.vigie.learning.web.CardsPaths;
import org.vigie.site.Language;

/**
 * The offline copy's addresses, below each language's cards ({@code /en/cards/offline}…).
 * Their words are reserved in {@link org.vigie.learning.decks.DeckRules#RESERVED_SLUGS}.
 * The service worker sits directly below the base so that its scope covers the cards.
 */
final class OfflinePaths {

	private OfflinePaths() {
	}

	/** The offline app's page, also the installed app's start. */
	static String page(Language language) {
		return CardsPaths.base(language) + "/offline";
	}

	/** Where answers given offline are sent. */
	static String sync(Language language) {
		return CardsPaths.base(language) + "/sync";
	}

	static String manifest(Language language) {
		return CardsPaths.base(language) + "/manifest.webmanifest";
	}

	static String worker(Language language) {
		return CardsPaths.base(language) + "/service-worker.js";
	}

	/** What the service worker controls: every address below the base. */
	static String scope(Language language) {
		return CardsPaths.base(language) + "/";
	}

	/** A deck's cards and the learner's schedule, as the offline app keeps them. */
	static String deckData(Language language, Deck deck) {
		return page(language) + "/decks/" + deck.text(language).slug() + ".json";
	}

}
