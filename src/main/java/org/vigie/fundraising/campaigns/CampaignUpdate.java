package org.vigie.fundraising.campaigns;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * News posted on a campaign's page, in one language.
 *
 * @param id the update
 * @param publishedOn its date
 * @param title its title
 * @param body plain text, paragraphs separated by a blank line
 */
public record CampaignUpdate(UUID id, LocalDate publishedOn, String title, String body) {

	/** The body's paragraphs. */
	public List<String> paragraphs() {
		return CampaignText.paragraphs(this.body);
	}

}
