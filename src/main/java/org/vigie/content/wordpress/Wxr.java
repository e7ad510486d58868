package org.vigie.content.wordpress;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a WordPress export (WXR 1.0 to 1.2) holds, as plain data read from the XML, item
 * by item. Nothing in it is ever deserialised as objects: Polylang's serialized maps stay
 * strings.
 */
public final class Wxr {

	private Wxr() {
	}

	/** A WordPress user who wrote content. */
	public record Author(String login, String email, String displayName) {
	}

	/**
	 * A term of a taxonomy ({@code category}, {@code post_tag}, Polylang's
	 * {@code language}, {@code term_language}, {@code post_translations},
	 * {@code term_translations}, menus, …).
	 */
	public record Term(long id, String taxonomy, String slug, String name, String parentSlug, String description) {
	}

	/** A term an item belongs to, as the item lists it. */
	public record ItemTerm(String taxonomy, String slug, String name) {
	}

	/**
	 * A post, page, attachment, menu item or any other post type.
	 *
	 * @param dateGmt the publication moment, or {@code null} when WordPress left it empty
	 * (drafts)
	 */
	public record Item(long id, String type, String title, String link, String slug, String status, Instant dateGmt,
			String content, String excerpt, long parentId, int menuOrder, String creator, boolean sticky,
			String attachmentUrl, List<ItemTerm> terms, Map<String, String> meta) {
	}

	/** Receives what the reader finds, in document order. */
	public interface Handler {

		default void version(String version) {
		}

		/** The address of the exported site, from the channel's link. */
		default void site(String link) {
		}

		default void author(Author author) {
		}

		default void term(Term term) {
		}

		default void item(Item item) {
		}

	}

}
