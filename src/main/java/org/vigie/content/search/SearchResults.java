package org.vigie.content.search;

import java.time.Instant;
import java.util.List;

/**
 * One page of search results.
 *
 * @param hits the matching documents on this page
 * @param total how many documents match in all
 */
public record SearchResults(List<Hit> hits, long total) {

	/**
	 * A matching document.
	 *
	 * @param source what kind of item it is ({@code POST}, {@code PAGE}, or another
	 * module's source)
	 * @param title its title
	 * @param path its address
	 * @param snippetHtml an extract with the matched words in {@code <mark>},
	 * HTML-escaped
	 * @param publishedAt its publication date
	 */
	public record Hit(String source, String title, String path, String snippetHtml, Instant publishedAt) {
	}

}
