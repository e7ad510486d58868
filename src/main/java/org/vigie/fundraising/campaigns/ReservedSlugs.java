package org.vigie.fundraising.campaigns;

import java.util.Set;

/**
 * Words that come right after {@code /fr/soutenir}, {@code /nl/steunen} or
 * {@code /en/support} for the donor's own pages, and that no campaign may take as its
 * slug.
 */
public final class ReservedSlugs {

	/** The donor's self-service pages, in each language, and the webhook words. */
	public static final Set<String> WORDS = Set.of("mes-dons", "mijn-giften", "my-gifts", "don", "gift", "donner",
			"geven", "give", "merci", "bedankt", "thanks");

	private ReservedSlugs() {
	}

}
