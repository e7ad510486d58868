package org.vigie.fundraising.web;

import org.vigie.fundraising.Money;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignText;
import org.vigie.fundraising.ledger.CampaignFigures;
import org.vigie.site.Language;

/**
 * A campaign as a donor sees it in a list or on its page, with its figures from the
 * ledger written in the page's language.
 *
 * @param campaign the campaign
 * @param text its texts in the page's language
 * @param path its page
 * @param givePath its checkout
 * @param figures what it raised
 * @param raised the total, written out
 * @param goal the goal, written out
 * @param daysLeft days left to give, or -1 without a deadline
 * @param open whether gifts are taken today
 * @param finished whether its deadline has passed
 */
public record CampaignView(Campaign campaign, CampaignText text, String path, String givePath, CampaignFigures figures,
		String raised, String goal, long daysLeft, boolean open, boolean finished) {

	static CampaignView of(Campaign campaign, Language language, CampaignFigures figures, java.time.LocalDate today) {
		return new CampaignView(campaign, campaign.text(language), SupportPaths.campaign(language, campaign),
				SupportPaths.give(language, campaign), figures, Money.whole(figures.raisedCents(), language),
				Money.whole(campaign.goalCents(), language), campaign.daysLeftOn(today), campaign.isOpenOn(today),
				campaign.isFinishedOn(today));
	}

}
