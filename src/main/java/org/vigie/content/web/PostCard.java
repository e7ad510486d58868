package org.vigie.content.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;

import org.vigie.content.ContentPaths;
import org.vigie.content.store.NewsRows;
import org.vigie.content.store.Post;

/**
 * A post as shown in listings: what a reader needs to decide to read on.
 *
 * @param title the post's title
 * @param path the post's address
 * @param excerpt a plain-text summary
 * @param date the publication day, in the site's time zone
 * @param coverPath the cover image, or {@code null}
 * @param coverAlt the cover's text alternative
 * @param author the author's name, or {@code null}
 * @param coverSrcset the cover's widths for {@code srcset}, or {@code null}
 * @param dateText the publication day as readers of the post's language write it
 */
public record PostCard(String title, String path, String excerpt, LocalDate date, String coverPath, String coverAlt,
		String author, String coverSrcset, String dateText) {

	static PostCard of(NewsRows.Summary post, ZoneId zone, DateTimeFormatter dates) {
		LocalDate date = post.publishedAt().atZone(zone).toLocalDate();
		return new PostCard(post.title(), ContentPaths.post(post.language(), post.slug()), post.teaser(), date,
				post.coverPath(), post.coverAlt(), post.author(), post.coverSrcset(), dates.format(date));
	}

	/**
	 * The card of a post shown on a given day (a draft's preview has no publication day).
	 */
	static PostCard of(Post post, LocalDate date, DateTimeFormatter dates) {
		return new PostCard(post.getTitle(), ContentPaths.post(post.getLanguage(), post.getSlug()),
				(post.getTeaser() != null) ? post.getTeaser() : "", date, post.getCoverPath(), post.getCoverAlt(),
				(post.getAuthor() != null) ? post.getAuthor().getDisplayName() : null, post.getCoverSrcset(),
				dates.format(date));
	}

}
