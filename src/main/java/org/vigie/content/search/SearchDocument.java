package org.vigie.content.search;

import java.time.Instant;

import org.vigie.site.Language;

/**
 * What the index knows of a post or a page.
 *
 * @param kind post or page
 * @param id its database id
 * @param language its language
 * @param title its title
 * @param text its plain text (summary and body)
 * @param path its public address
 * @param publishedAt when it becomes public
 */
public record SearchDocument(Kind kind, long id, Language language, String title, String text, String path,
		Instant publishedAt) {

	/** The kinds of searchable items. */
	public enum Kind {

		POST, PAGE

	}

	String key() {
		return this.kind.name() + ":" + this.id;
	}

}
