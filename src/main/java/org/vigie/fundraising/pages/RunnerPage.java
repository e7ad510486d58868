package org.vigie.fundraising.pages;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.vigie.site.Language;

/**
 * A runner's or a team's page under an event campaign, as stored. It holds no figure of
 * money: what it raised is computed from the ledger.
 *
 * @param id the page
 * @param campaignId its campaign
 * @param teamId the team a runner joined, or {@code null}
 * @param kind a runner or a team
 * @param slug the last segment of its address, the same in every language
 * @param name the name it shows
 * @param goalCents its own goal
 * @param story its text, plain, shown escaped
 * @param language the language its owner writes in and gets emails in
 * @param hidden whether the public cannot see it (not yet published, or hidden by its
 * owner)
 */
record RunnerPage(UUID id, UUID campaignId, UUID teamId, PageKind kind, String slug, String name, long goalCents,
		String story, Language language, boolean hidden) {

	/** The story's paragraphs, separated by blank lines. */
	public List<String> paragraphs() {
		return Arrays.stream(this.story.strip().split("\\R\\s*\\R"))
			.map(String::strip)
			.filter((paragraph) -> !paragraph.isEmpty())
			.toList();
	}

	public boolean isTeam() {
		return this.kind == PageKind.TEAM;
	}

}
