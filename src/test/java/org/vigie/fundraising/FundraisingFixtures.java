package org.vigie.fundraising;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignKind;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.campaigns.CampaignText;
import org.vigie.site.Language;

/**
 * Campaigns for tests, each with its own key and addresses so that tests sharing the
 * database never see one another's gifts.
 */
public final class FundraisingFixtures {

	private FundraisingFixtures() {
	}

	/**
	 * An appeal open from {@code today - 10} to {@code today + 20}, goal 1,000 €, with
	 * slugs {@code essai-<n>}, {@code proef-<n>}, {@code trial-<n>}.
	 */
	public static Campaign openAppeal(CampaignStore store, LocalDate today) {
		return campaign(store, CampaignKind.APPEAL, today.minusDays(10), today.plusDays(20));
	}

	/** A campaign of that kind open between those days. */
	public static Campaign campaign(CampaignStore store, CampaignKind kind, LocalDate opens, LocalDate closes) {
		String n = UUID.randomUUID().toString().substring(0, 8);
		Map<Language, CampaignText> texts = new EnumMap<>(Language.class);
		texts.put(Language.FR, new CampaignText("essai-" + n, "Campagne d’essai " + n, "Résumé d’essai.",
				"Premier paragraphe.\n\nSecond paragraphe.", "Merci à vous."));
		texts.put(Language.NL, new CampaignText("proef-" + n, "Proefcampagne " + n, "Proefsamenvatting.",
				"Eerste alinea.\n\nTweede alinea.", "Bedankt."));
		texts.put(Language.EN, new CampaignText("trial-" + n, "Trial campaign " + n, "Trial summary.",
				"First paragraph.\n\nSecond paragraph.", "Thank you."));
		UUID id = store.save(
				new Campaign(null, "trial-" + n, kind, 100_000, opens, closes, true, true, true, 99, texts, List.of()),
				Instant.now());
		return store.byId(id).orElseThrow();
	}

}
