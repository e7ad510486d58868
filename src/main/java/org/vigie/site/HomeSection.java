package org.vigie.site;

import java.util.Map;
import java.util.Optional;

/**
 * A block of the home page contributed by a module (latest news, a running campaign…).
 * The block is rendered by the Thymeleaf fragment {@code template :: fragment} with the
 * given model.
 */
public interface HomeSection {

	/** The section for this language, or empty when it has nothing to show. */
	Optional<Block> render(Language language);

	int homeOrder();

	/**
	 * The feed the home page announces, if this section has one; the first section with a
	 * feed gives it.
	 */
	default String feedPath(Language language) {
		return null;
	}

	/**
	 * @param template the template holding the fragment, e.g. {@code content/home}
	 * @param fragment the fragment's name
	 * @param model the variables the fragment reads
	 */
	record Block(String template, String fragment, Map<String, Object> model) {
	}

}
