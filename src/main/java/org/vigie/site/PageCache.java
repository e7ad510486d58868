package org.vigie.site;

import java.time.Instant;

/**
 * The cache of rendered public pages. It keeps only pages their handler marked with
 * {@link SharedPage}. Modules that change what public pages show evict the tags of those
 * pages, so a publication or an edit is visible at once.
 */
public interface PageCache {

	/** Forgets every cached page now: for changes every page shows, such as the menu. */
	void evictAll();

	/** Forgets every cached page that carries one of these tags. */
	void evictTagged(String... tags);

	/**
	 * Forgets every cached page when {@code moment} comes, for changes known in advance
	 * such as a scheduled publication. Only the earliest pending moment is kept, so
	 * callers pass the next one each time something changes.
	 */
	void evictAllAt(Instant moment);

}
