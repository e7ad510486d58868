package org.vigie.mobilisation.campaigns.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.vigie.mobilisation.campaigns.Campaign;
import org.vigie.mobilisation.campaigns.CampaignFigures;
import org.vigie.mobilisation.campaigns.CampaignPaths;
import org.vigie.mobilisation.campaigns.CampaignText;
import org.vigie.site.Language;

/**
 * A campaign as its pages show it, in one language, with its figures.
 *
 * @param campaign the campaign
 * @param text its texts in the language
 * @param path its page
 * @param supporters confirmed supporters, written in the language
 * @param goal its goal, written in the language
 * @param percent how far it is to its goal, 0 to 100
 * @param open whether people can join today
 * @param wall the wall's supporters
 * @param countries countries with enough supporters, their names in the language
 * @param paragraphs the story's paragraphs
 * @param figures the figures it was made from
 * @param day the day it was made for
 */
public record CampaignView(Campaign campaign, CampaignText text, String path, String supporters, String goal,
		int percent, boolean open, List<CampaignFigures.WallEntry> wall, List<Country> countries,
		List<String> paragraphs, CampaignFigures figures, LocalDate day) {

	static CampaignView of(Campaign campaign, CampaignFigures figures, Language language, LocalDate today) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(language.locale());
		int percent = (int) Math.min(100, (long) figures.supporters() * 100 / campaign.goal());
		List<Country> countries = figures.countries()
			.stream()
			.map((count) -> new Country(Locale.of("", count.country()).getDisplayCountry(language.locale()),
					numbers.format(count.supporters())))
			.toList();
		return new CampaignView(campaign, campaign.text(language), CampaignPaths.campaign(language, campaign),
				numbers.format(figures.supporters()), numbers.format(campaign.goal()), percent,
				campaign.isOpenOn(today), figures.wall(), countries, campaign.text(language).storyParagraphs(), figures,
				today);
	}

	/** Supporters from one country. */
	public record Country(String name, String supporters) {
	}

}
