package org.vigie.content.web;

import java.util.List;

/**
 * A page ready for its template.
 *
 * @param title the page's title
 * @param summary its summary, or {@code null}
 * @param bodyHtml its introduction, rendered
 * @param sections its sections, in order
 * @param children the pages below it
 */
public record PageView(String title, String summary, String bodyHtml, List<Section> sections,
		List<PageTree.Node> children) {

	/**
	 * A part of the page with its own heading and anchor.
	 */
	public record Section(String anchor, String heading, String bodyHtml) {
	}

}
