package org.vigie.advocacy.watch.web;

import org.vigie.advocacy.watch.WatchedFile;
import org.vigie.advocacy.web.AdvocacyPaths;
import org.vigie.site.Language;

/**
 * The public addresses of the policy watch: the list at {@code /fr/plaidoyer/veille},
 * {@code /nl/beleidswerk/beleidsopvolging}, {@code /en/advocacy/policy-watch}, and a page
 * per public file under it by its slug.
 */
public final class WatchPaths {

	private WatchPaths() {
	}

	public static String list(Language language) {
		return AdvocacyPaths.of(AdvocacyPaths.Area.WATCH, language);
	}

	public static String file(Language language, WatchedFile file) {
		return list(language) + "/" + file.slug();
	}

}
