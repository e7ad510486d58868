package org.vigie.fundraising.campaigns;

/** What a campaign raises money for. */
public enum CampaignKind {

	/** An appeal for a project, with a goal and usually a deadline. */
	APPEAL,

	/**
	 * A sports or other event: runners and teams open their own pages under it and their
	 * sponsors give through the NGO's checkout.
	 */
	EVENT

}
