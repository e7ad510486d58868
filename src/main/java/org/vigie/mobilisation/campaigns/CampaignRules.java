package org.vigie.mobilisation.campaigns;

import java.util.Set;
import java.util.regex.Pattern;

import org.vigie.site.Language;

/**
 * What a campaign must be to be stored: a key and slugs of lower-case letters, digits and
 * hyphens, slugs that do not take the words the module uses under the "Act" page, texts
 * within their lengths and on one line (the story may have paragraphs), a sensible goal
 * and days, and an image from the media library.
 */
final class CampaignRules {

	/** The largest goal, in supporters. */
	static final int MAX_GOAL = 10_000_000;

	/**
	 * The words the module uses under {@code /fr/agir}, {@code /nl/in-actie} and
	 * {@code /en/act} (confirmations, personal data, statements), in every language.
	 */
	static final Set<String> RESERVED = Set.of("confirmer", "mes-donnees", "declarations", "bevestigen",
			"mijn-gegevens", "verklaringen", "confirm", "my-data", "statements");

	private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?");

	private static final Pattern IMAGE = Pattern.compile("/media/img/[A-Za-z0-9_-]{1,64}/[0-9]{1,5}\\.(jpg|png)");

	private CampaignRules() {
	}

	static void check(Campaign campaign) {
		if (campaign.key() == null || !KEY.matcher(campaign.key()).matches()) {
			throw new CampaignRefused("mobilisation.campaigns.refused.key", "key");
		}
		if (campaign.goal() < 1 || campaign.goal() > MAX_GOAL) {
			throw new CampaignRefused("mobilisation.campaigns.refused.goal", "goal");
		}
		if (campaign.opensOn() == null) {
			throw new CampaignRefused("mobilisation.campaigns.refused.days", "opensOn");
		}
		if (campaign.closesOn() != null && campaign.closesOn().isBefore(campaign.opensOn())) {
			throw new CampaignRefused("mobilisation.campaigns.refused.days", "closesOn");
		}
		if (campaign.imagePath() != null && !IMAGE.matcher(campaign.imagePath()).matches()) {
			throw new CampaignRefused("mobilisation.campaigns.refused.image", "image");
		}
		for (Language language : Language.all()) {
			check(campaign.text(language), language);
		}
	}

	private static void check(CampaignText text, Language language) {
		String suffix = "_" + language.code();
		if (text == null) {
			throw new CampaignRefused("mobilisation.campaigns.refused.text", "title" + suffix);
		}
		if (text.slug() == null || !SLUG.matcher(text.slug()).matches() || text.slug().contains("--")) {
			throw new CampaignRefused("mobilisation.campaigns.refused.slug", "slug" + suffix);
		}
		if (RESERVED.contains(text.slug())) {
			throw new CampaignRefused("mobilisation.campaigns.refused.reserved", "slug" + suffix);
		}
		line(text.title(), 150, "title" + suffix);
		line(text.summary(), 400, "summary" + suffix);
		line(text.shareText(), 280, "share" + suffix);
		if (text.story() == null || text.story().isBlank() || text.story().length() > 8000
				|| text.story().chars().anyMatch((c) -> (c < 0x20 && c != '\n' && c != '\r') || c == 0x7f)) {
			throw new CampaignRefused("mobilisation.campaigns.refused.story", "story" + suffix);
		}
	}

	private static void line(String value, int max, String field) {
		if (value == null || value.isBlank() || value.length() > max
				|| value.chars().anyMatch((c) -> c < 0x20 || c == 0x7f)) {
			throw new CampaignRefused("mobilisation.campaigns.refused.line", field);
		}
	}

}
