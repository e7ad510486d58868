package org.vigie.site;

import java.time.Instant;

/**
 * The cache of rendered public pages. Modules that change what public pages show call it,
 * so a publication or an edit is visible at once.
 */
public interface PageCache {

	/** Forgets every cached page now. */
	void evictAll();

	/**
	 * Forgets every cached page when {@code moment} comes, for changes known in advance
	 * such as a scheduled publication. Only the earliest pending moment is kept, so
	 * callers pass the next one each time something changes.
	 */
	void evictAllAt(Instant moment);

}
