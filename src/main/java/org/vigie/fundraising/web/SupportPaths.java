package org.vigie.fundraising.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.site.Language;

/**
 * Fundraising's public addresses. {@code /fr/soutenir}, {@code /nl/steunen} and
 * {@code /en/support} are printed on flyers and must never change; each campaign follows
 * with its slug in that language, then fixed words that no campaign may take as its slug
 * (see {@link org.vigie.fundraising.campaigns.ReservedSlugs}).
 */
public final class SupportPaths {

	private static final String[] WORDS = { "soutenir", "steunen", "support" };

	private static final String[] GIVE = { "donner", "geven", "give" };

	private static final String[] GIFT = { "don", "gift", "gift" };

	private static final String[] MINE = { "mes-dons", "mijn-giften", "my-gifts" };

	/** Where providers report what became of payments. */
	public static final String WEBHOOKS = "/fundraising/webhooks";

	private SupportPaths() {
	}

	/** The word after the language. */
	public static String word(Language language) {
		return WORDS[language.ordinal()];
	}

	/** The list of campaigns. */
	public static String base(Language language) {
		return "/" + language.code() + "/" + word(language);
	}

	/** Every base, for security rules. */
	public static List<String> bases() {
		return Language.all().stream().map(SupportPaths::base).toList();
	}

	/** A campaign's page. */
	public static String campaign(Language language, Campaign campaign) {
		return base(language) + "/" + campaign.text(language).slug();
	}

	/** The checkout of a campaign. */
	public static String give(Language language, Campaign campaign) {
		return campaign(language, campaign) + "/" + GIVE[language.ordinal()];
	}

	/** The word of the checkout. */
	public static String giveWord(Language language) {
		return GIVE[language.ordinal()];
	}

	/**
	 * A promised gift's page: the transfer details, or the provider's answer. Its address
	 * holds the gift's random id and is shown only to the donor who made it.
	 */
	public static String gift(Language language, UUID giftId) {
		return base(language) + "/" + GIFT[language.ordinal()] + "/" + giftId;
	}

	/** The word of a gift's page. */
	public static String giftWord(Language language) {
		return GIFT[language.ordinal()];
	}

	/** The donor's self-service pages. */
	public static String mine(Language language) {
		return base(language) + "/" + MINE[language.ordinal()];
	}

	/** Security matchers for every public address of fundraising. */
	static String[] patterns() {
		return Stream
			.concat(bases().stream().flatMap((base) -> Stream.of(base, base + "/**")), Stream.of(WEBHOOKS + "/**"))
			.toArray(String[]::new);
	}

}
