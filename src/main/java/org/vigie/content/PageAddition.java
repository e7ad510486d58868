package org.vigie.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vigie.site.Language;

/**
 * A part another module adds to one of the site's pages, after the page's own sections:
 * advocacy shows its networks, projects and tracker on the advocacy page, generated from
 * its data instead of typed by hand. The page is named by its translation key (the same
 * in every language, such as {@code advocacy}). The page is kept by the page cache with
 * the addition's tags, so its module evicts them when its data changes.
 */
public interface PageAddition {

	/** The translation key of the page it adds to. */
	String pageKey();

	/** Lower comes first. */
	int order();

	/** The cache tags the page is kept under besides the pages' own. */
	List<String> tags();

	/** The part for this language, or empty when there is nothing to show. */
	Optional<Part> part(Language language);

	/**
	 * A Thymeleaf fragment that takes one parameter, {@code data}, and the value given to
	 * it.
	 *
	 * @param template the template holding the fragment, such as
	 * {@code advocacy/page-parts}
	 * @param fragment the fragment's name (declared as {@code name(data)})
	 * @param data what the fragment reads
	 */
	record Part(String template, String fragment, Map<String, Object> data) {

		public Part {
			data = Map.copyOf(data);
		}

	}

}
