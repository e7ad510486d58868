package org.vigie.mobilisation.campaigns.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.vigie.mobilisation.campaigns.Campaign;
import org.vigie.mobilisation.campaigns.CampaignRefused;
import org.vigie.mobilisation.campaigns.CampaignText;
import org.vigie.site.FormValues;
import org.vigie.site.Language;

/**
 * The campaign form as typed: settings, then the texts of each language side by side
 * (fields {@code title_fr}, {@code slug_nl}…). It comes back as typed when refused.
 *
 * @param key the campaign's key (fixed once created)
 * @param goal the goal as typed
 * @param opensOn the first day as typed
 * @param closesOn the last day as typed, or empty
 * @param published whether it is published
 * @param image the media library image's address, or empty
 * @param texts the texts by language
 */
record CampaignForm(String key, String goal, String opensOn, String closesOn, boolean published, String image,
		Map<Language, CampaignText> texts) {

	/** Longer than any field allows, so that an over-long field is refused, not cut. */
	private static final int KEPT = 10_000;

	static CampaignForm empty(LocalDate today) {
		Map<Language, CampaignText> texts = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> texts.put(language, new CampaignText("", "", "", "", "")));
		return new CampaignForm("", "1000", today.toString(), "", false, "", texts);
	}

	static CampaignForm of(Campaign campaign) {
		return new CampaignForm(campaign.key(), String.valueOf(campaign.goal()), campaign.opensOn().toString(),
				(campaign.closesOn() != null) ? campaign.closesOn().toString() : "", campaign.published(),
				(campaign.imagePath() != null) ? campaign.imagePath() : "", campaign.texts());
	}

	static CampaignForm from(Map<String, String> fields, String fixedKey) {
		FormValues values = new FormValues(fields, KEPT);
		Map<Language, CampaignText> texts = new EnumMap<>(Language.class);
		for (Language language : Language.all()) {
			String suffix = "_" + language.code();
			texts.put(language, new CampaignText(values.text("slug" + suffix), values.text("title" + suffix),
					values.text("summary" + suffix), values.text("story" + suffix), values.text("share" + suffix)));
		}
		return new CampaignForm((fixedKey != null) ? fixedKey : values.text("key"), values.text("goal"),
				values.text("opensOn"), values.text("closesOn"), values.ticked("published"), values.text("image"),
				texts);
	}

	/** The same form with the image as the media library names it, or none. */
	CampaignForm withImage(String address) {
		return new CampaignForm(this.key, this.goal, this.opensOn, this.closesOn, this.published,
				(address != null) ? address : "", this.texts);
	}

	/** The campaign it describes. */
	Campaign campaign(UUID id) {
		int goalValue;
		try {
			goalValue = Integer.parseInt(this.goal);
		}
		catch (NumberFormatException ex) {
			throw new CampaignRefused("mobilisation.campaigns.refused.goal", "goal");
		}
		return new Campaign(id, this.key, goalValue, day(this.opensOn, "opensOn"),
				this.closesOn.isEmpty() ? null : day(this.closesOn, "closesOn"), this.published,
				this.image.isEmpty() ? null : this.image, this.texts);
	}

	private static LocalDate day(String typed, String field) {
		try {
			return LocalDate.parse(typed);
		}
		catch (DateTimeParseException ex) {
			throw new CampaignRefused("mobilisation.campaigns.refused.days", field);
		}
	}

}
