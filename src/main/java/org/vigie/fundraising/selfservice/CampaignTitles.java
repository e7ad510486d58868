package org.vigie.fundraising.selfservice;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.site.Language;

/** A campaign's title in a language, for the rows of a donor's page. */
@Component
class CampaignTitles {

	private final CampaignStore campaigns;

	CampaignTitles(CampaignStore campaigns) {
		this.campaigns = campaigns;
	}

	String of(UUID campaignId, Language language) {
		return this.campaigns.byId(campaignId).map((campaign) -> campaign.text(language).title()).orElse("–");
	}

}
