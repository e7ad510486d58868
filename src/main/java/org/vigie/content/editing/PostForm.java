package org.vigie.content.editing;

import java.util.List;

/**
 * What an editor submits for a post.
 *
 * @param title the title
 * @param slug the address word, or blank to make one from the title
 * @param summary the excerpt shown in listings, or blank
 * @param body the body as the rich-text editor produced it
 * @param cover the address of a media-library image, or blank for none
 * @param coverAlt the cover's text alternative in the post's language
 * @param categoryIds the chosen categories, in the post's language
 * @param tags tag names separated by commas
 * @param featured whether the home page highlights the post
 */
public record PostForm(String title, String slug, String summary, String body, String cover, String coverAlt,
		List<Long> categoryIds, String tags, Boolean featured) {

	public PostForm {
		title = (title != null) ? title.strip() : "";
		slug = (slug != null) ? slug.strip() : "";
		summary = (summary != null) ? summary.strip() : "";
		body = (body != null) ? body : "";
		cover = (cover != null) ? cover.strip() : "";
		coverAlt = (coverAlt != null) ? coverAlt.strip() : "";
		categoryIds = (categoryIds != null) ? List.copyOf(categoryIds) : List.of();
		tags = (tags != null) ? tags.strip() : "";
		featured = Boolean.TRUE.equals(featured);
	}

}
