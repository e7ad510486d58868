package org.vigie.content.editing;

/**
 * What an editor submits for a page.
 *
 * @param title the title
 * @param slug the address word, or blank to make one from the title
 * @param summary the summary shown under the title, or blank
 * @param body the body as the rich-text editor produced it
 * @param parentId the page this one sits under, or {@code null} for the top of the menu
 * @param inMenu whether the page appears in the main menu
 */
public record PageForm(String title, String slug, String summary, String body, Long parentId, Boolean inMenu) {

	public PageForm {
		title = (title != null) ? title.strip() : "";
		slug = (slug != null) ? slug.strip() : "";
		summary = (summary != null) ? summary.strip() : "";
		body = (body != null) ? body : "";
		inMenu = Boolean.TRUE.equals(inMenu);
	}

}
