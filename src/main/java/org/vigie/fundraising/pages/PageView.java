package org.vigie.fundraising.pages;

import java.util.List;

/**
 * A runner's or a team's page as the public sees it, with its figures from the ledger
 * written in the page's language.
 *
 * @param page the page
 * @param campaignTitle its campaign's title
 * @param campaignPath its campaign's page
 * @param sponsorPath the checkout crediting it, or {@code null} when the campaign takes
 * no gift today
 * @param figures what it raised
 * @param team the team a runner belongs to, or {@code null}
 * @param members a team's runners, by what they raised
 */
record PageView(RunnerPage page, String campaignTitle, String campaignPath, String sponsorPath, Standing figures,
		Standing team, List<Standing> members) {

	/** The progress bar's width, at most 100. */
	public int barPercent() {
		return Math.min(100, this.figures.percent());
	}

}
