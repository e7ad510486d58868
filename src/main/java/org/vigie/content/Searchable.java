package org.vigie.content;

import java.time.Instant;
import java.util.regex.Pattern;

import org.vigie.site.Language;

/**
 * A public item that the site's search finds, from any module: a post, a page, a
 * campaign, an event… Modules offer theirs through a {@link SearchContributor} and
 * announce changes with {@link SearchableChanged} and {@link SearchableRemoved}.
 *
 * @param source what kind of item it is, upper case ({@code POST}, {@code CAMPAIGN});
 * with the id it identifies the item in the index
 * @param id the item's id within its source
 * @param language its language
 * @param title its title
 * @param text its plain text, without markup
 * @param path its public address
 * @param publishedAt when it becomes public; search hides it before that moment
 */
public record Searchable(String source, String id, Language language, String title, String text, String path,
		Instant publishedAt) {

	private static final Pattern SOURCE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	public Searchable {
		if (source == null || !SOURCE.matcher(source).matches()) {
			throw new IllegalArgumentException("A search source is an upper-case word: " + source);
		}
		if (id == null || id.isBlank() || path == null || !path.startsWith("/")) {
			throw new IllegalArgumentException("A searchable item needs an id and a public address");
		}
	}

	/** The item's key in the index. */
	public String key() {
		return this.source + ":" + this.id;
	}

}
