package org.vigie.fundraising.pages;

import java.util.List;

/**
 * The participants of an event campaign, shown on its page: the teams and the runners,
 * each ordered by what they raised.
 *
 * @param teams the teams, with their members' gifts
 * @param runners the runners
 * @param createPath the form that creates a page
 * @param managePath the form that sends an owner a link to edit their page
 * @param open whether pages can still be created
 */
public record ParticipantsView(List<Standing> teams, List<Standing> runners, String createPath, String managePath,
		boolean open) {

	/** Whether nobody has a page yet. */
	public boolean empty() {
		return this.teams.isEmpty() && this.runners.isEmpty();
	}

}
