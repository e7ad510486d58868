package org.vigie.site;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Public addresses a module adds to the sitemaps ({@code /sitemap-fr.xml}…), declared as
 * a bean. Sitemaps are shared pages tagged {@link #CACHE_TAG}: a module that adds or
 * removes public addresses evicts that tag.
 */
public interface SitemapContributor {

	/** The cache tag of the sitemaps. */
	String CACHE_TAG = "sitemap";

	/** The public addresses of this language, read as the sitemap is written. */
	Stream<Entry> entries(Language language);

	/**
	 * One address of a sitemap.
	 *
	 * @param path the address, from the site's root
	 * @param lastModified when it last changed, or {@code null}
	 * @param translations the same item's address in each language, itself included, or
	 * empty
	 */
	record Entry(String path, Instant lastModified, Map<Language, String> translations) {

		public Entry {
			translations = Map.copyOf(translations);
		}

	}

}
