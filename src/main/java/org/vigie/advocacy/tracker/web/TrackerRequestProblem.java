package org.vigie.advocacy.tracker.web;

import org.vigie.site.Language;

/**
 * A tracker address the site cannot answer as asked (a malformed, future or too early "as
 * of" day): answered with a 400 page that says why, in the reader's language.
 */
class TrackerRequestProblem extends RuntimeException {

	private final String key;

	private final Language language;

	private final String backPath;

	TrackerRequestProblem(String key, Language language, String backPath) {
		super(key);
		this.key = key;
		this.language = language;
		this.backPath = backPath;
	}

	/** The message key saying what is wrong. */
	String key() {
		return this.key;
	}

	Language language() {
		return this.language;
	}

	/** Where the reader can go on from. */
	String backPath() {
		return this.backPath;
	}

}
