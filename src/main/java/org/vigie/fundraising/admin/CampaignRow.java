package org.vigie.fundraising.admin;

import java.time.LocalDate;
import java.util.UUID;

import org.vigie.fundraising.Money;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.ledger.CampaignFigures;
import org.vigie.site.Language;

/**
 * A campaign as the fundraisers' pages show it, with its figures from the ledger.
 *
 * @param id the campaign
 * @param key its key
 * @param title its title in the fundraiser's language
 * @param kind {@code APPEAL} or {@code EVENT}
 * @param raised what it raised, written out
 * @param raisedCents what it raised
 * @param donors how many donors gave and were not wholly refunded
 * @param goal its goal, written out
 * @param percent how much of the goal is raised
 * @param daysLeft days left to give, or -1 without a deadline
 * @param state {@code open}, {@code upcoming}, {@code finished} or {@code hidden}
 * @param allOrNothing whether gifts go back when the goal is missed
 * @param owesRefunds whether it is all-or-nothing, closed below its goal, and still holds
 * money
 */
record CampaignRow(UUID id, String key, String title, String kind, String raised, long raisedCents, long donors,
		String goal, int percent, long daysLeft, String state, boolean allOrNothing, boolean owesRefunds) {

	static CampaignRow of(Campaign campaign, CampaignFigures figures, Language language, LocalDate today) {
		String state;
		if (!campaign.published()) {
			state = "hidden";
		}
		else if (campaign.isFinishedOn(today)) {
			state = "finished";
		}
		else if (today.isBefore(campaign.opensOn())) {
			state = "upcoming";
		}
		else {
			state = "open";
		}
		// once every gift is back, nothing is owed any more
		boolean owes = !campaign.keepItAll() && campaign.isFinishedOn(today) && !figures.goalReached()
				&& figures.raisedCents() > 0;
		return new CampaignRow(campaign.id(), campaign.key(), campaign.text(language).title(), campaign.kind().name(),
				Money.format(figures.raisedCents(), language), figures.raisedCents(), figures.donors(),
				Money.whole(campaign.goalCents(), language), figures.percent(), campaign.daysLeftOn(today), state,
				!campaign.keepItAll(), owes);
	}

}
