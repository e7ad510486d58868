package org.vigie.content.store;

import java.util.List;
import java.util.Map;

import java.time.Instant;

import org.vigie.site.Language;

/**
 * Rows of the public news read model ({@link PublicNews}): plain values, no entities.
 */
public final class NewsRows {

	private NewsRows() {
	}

	/**
	 * A public post as cards show it.
	 *
	 * @param id its id
	 * @param language its language
	 * @param slug its address in the news
	 * @param title its title
	 * @param teaser its plain-text summary
	 * @param publishedAt when it went public
	 * @param coverPath its cover image, or {@code null}
	 * @param coverAlt the cover's text alternative
	 * @param coverSrcset the cover's widths, or {@code null}
	 * @param author its author's name, or {@code null}
	 */
	public record Summary(long id, Language language, String slug, String title, String teaser, Instant publishedAt,
			String coverPath, String coverAlt, String coverSrcset, String author) {
	}

	/**
	 * A public post with what its own page shows.
	 *
	 * @param summary its card
	 * @param bodyHtml its rendered body
	 * @param updatedAt when it last changed
	 */
	public record Detail(Summary summary, String bodyHtml, Instant updatedAt) {
	}

	/**
	 * A category or a tag of a post.
	 *
	 * @param tag whether it is a tag (otherwise a category)
	 * @param name its name
	 * @param slug its address part
	 */
	public record Term(boolean tag, String name, String slug) {
	}

	/**
	 * A post another post's page links to.
	 *
	 * @param kind why the page links to it
	 * @param other the linked post
	 */
	public record Link(PostLinks.Kind kind, Summary other) {
	}

	/**
	 * A page of a listing with the count of everything the listing holds, read in one
	 * query.
	 *
	 * @param rows the cards of this page, newest first
	 * @param total how many public posts the whole listing holds (0 when the page is past
	 * its end)
	 */
	public record Counted(List<Summary> rows, long total) {
	}

	/**
	 * A category or tag as its listing shows it.
	 *
	 * @param id its id
	 * @param name its name
	 * @param description its description (categories only), or {@code null}
	 * @param slugs its address part in each language it exists in, itself included
	 */
	public record Taxon(long id, String name, String description, Map<Language, String> slugs) {
	}

}
