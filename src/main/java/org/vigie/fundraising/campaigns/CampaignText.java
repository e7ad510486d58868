package org.vigie.fundraising.campaigns;

import java.util.Arrays;
import java.util.List;

/**
 * A campaign in one language. Texts are plain: paragraphs are separated by a blank line
 * and are shown escaped, so no markup from an editor ever reaches a donor's page.
 *
 * @param slug the last segment of the campaign's address in that language
 * @param title the campaign's name
 * @param summary one or two sentences for lists and link previews
 * @param story the campaign's story
 * @param thanks what donors read once they have given
 */
public record CampaignText(String slug, String title, String summary, String story, String thanks) {

	/** The story's paragraphs. */
	public List<String> storyParagraphs() {
		return paragraphs(this.story);
	}

	/** The thanks' paragraphs. */
	public List<String> thanksParagraphs() {
		return paragraphs(this.thanks);
	}

	static List<String> paragraphs(String text) {
		return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter((p) -> !p.isEmpty()).toList();
	}

}
