package org.vigie.mobilisation.campaigns;

import java.util.Arrays;
import java.util.List;

/**
 * A campaign's texts in one language.
 *
 * @param slug its address under the "Act" page ({@code /fr/agir/<slug>})
 * @param title its title
 * @param summary one or two sentences for lists and link previews
 * @param story the longer text, paragraphs separated by blank lines
 * @param shareText the ready text supporters share, without the link
 */
public record CampaignText(String slug, String title, String summary, String story, String shareText) {

	/** The story's paragraphs. */
	public List<String> storyParagraphs() {
		return Arrays.stream(this.story.split("\\R\\s*\\R")).map(String::strip).filter((p) -> !p.isEmpty()).toList();
	}

}
