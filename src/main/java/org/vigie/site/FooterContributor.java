package org.vigie.site;

import java.util.Map;

/**
 * A part a module adds to the footer of every public page (the newsletter form). The
 * footer is rendered once per language and kept as ready HTML for every page and every
 * visitor, so a part must depend on the language only: no request, no per-visitor value
 * and no per-request token (a form in it is checked by other means, such as
 * {@link SameOrigin}). Parts are shown by ascending {@link #footerOrder()}.
 */
public interface FooterContributor {

	/** The part for this language. */
	Part footer(Language language);

	/** Lower comes first. */
	int footerOrder();

	/**
	 * A Thymeleaf fragment and the variables it reads.
	 *
	 * @param template the template holding the fragment, such as
	 * {@code mobilisation/newsletter/footer}
	 * @param fragment the fragment's name
	 * @param model the variables the fragment reads (no request is available)
	 */
	record Part(String template, String fragment, Map<String, Object> model) {

		public Part {
			model = Map.copyOf(model);
		}

	}

}
