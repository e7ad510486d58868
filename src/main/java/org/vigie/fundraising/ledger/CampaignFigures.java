package org.vigie.fundraising.ledger;

/**
 * What a campaign or a page has raised, computed from the ledger when asked.
 *
 * @param raisedCents every gift and income credited, less refunds and charge-backs, with
 * corrections
 * @param donors how many different donors gave and were not wholly refunded
 * @param goalCents the goal
 */
public record CampaignFigures(long raisedCents, long donors, long goalCents) {

	/** How much of the goal is raised, in whole percent (may pass 100). */
	public int percent() {
		if (this.goalCents <= 0) {
			return 0;
		}
		return (int) Math.min(9999, Math.max(0, this.raisedCents) * 100 / this.goalCents);
	}

	/** The progress bar's width: the percent, at most 100. */
	public int barPercent() {
		return Math.min(100, percent());
	}

	public boolean goalReached() {
		return this.raisedCents >= this.goalCents;
	}

}
