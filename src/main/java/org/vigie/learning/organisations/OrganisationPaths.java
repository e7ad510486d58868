package org.vigie.learning.organisations;

import java.util.UUID;

import org.vigie.learning.decks.Deck;
import org.vigie.learning.web.CardsPaths;
import org.vigie.site.Language;

/**
 * The organisations' addresses, below the cards' ({@code /en/cards/organisations}); the
 * word {@code organisations} is reserved so that no deck takes it as its slug.
 */
final class OrganisationPaths {

	static final String WORD = "organisations";

	private OrganisationPaths() {
	}

	/** Where a learner creates an organisation and finds theirs. */
	static String home(Language language) {
		return CardsPaths.base(language) + "/" + WORD;
	}

	/**
	 * An organisation's page: the dashboard for its manager, the member's page for staff.
	 */
	static String organisation(Language language, UUID organisation) {
		return home(language) + "/" + organisation;
	}

	/** The invitation link. */
	static String join(Language language, String token) {
		return home(language) + "/join/" + token;
	}

	/** A member's certificate for a deck. */
	static String certificate(Language language, UUID organisation, UUID member, Deck deck) {
		return organisation(language, organisation) + "/certificates/" + member + "/" + deck.key();
	}

}
