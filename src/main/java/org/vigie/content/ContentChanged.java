package org.vigie.content;

/**
 * Published after a transaction that created, changed or removed a post or a page
 * commits.
 *
 * @param kind what changed
 * @param id the database id of the changed item
 */
public record ContentChanged(Kind kind, long id) {

	/** The kinds of content items. */
	public enum Kind {

		POST, PAGE, TAXONOMY

	}

}
