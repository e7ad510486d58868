package org.vigie.content;

import java.time.Instant;
import java.util.List;

import org.vigie.site.Language;

/**
 * The posts readers can see now, newest first, for modules that point to them (the
 * newsletter composes an issue from them).
 */
public interface PublishedPosts {

	/**
	 * The newest public posts of a language (not drafts, published at or before now).
	 * @param limit how many at most (1 to 100)
	 */
	List<PublishedPost> recent(Language language, int limit);

	/**
	 * A public post as other modules show it.
	 *
	 * @param title its title
	 * @param summary its plain-text summary (the author's excerpt or the first words)
	 * @param path its address on the site, such as {@code /fr/actualites/<slug>}
	 * @param publishedAt when it went public
	 */
	record PublishedPost(String title, String summary, String path, Instant publishedAt) {
	}

}
