package org.vigie.mobilisation.web;

import java.util.List;

import org.vigie.site.Language;

/**
 * What one part of the module offers on the "Act" page ({@code /fr/agir}): campaigns to
 * join, statements to sign. Each part declares one as a bean; the page shows them in
 * {@link #listingOrder()}.
 */
public interface ActionListing {

	/** What to show now, in the language; empty when there is nothing open. */
	List<Teaser> teasers(Language language);

	/** Lower comes first. */
	int listingOrder();

	/**
	 * One thing to do.
	 *
	 * @param kind a message key naming the kind (such as
	 * {@code mobilisation.kind.campaign})
	 * @param title its title
	 * @param summary one or two sentences
	 * @param path where it lives
	 * @param figure a figure already worded in the language ("1 234 supporters"), or
	 * {@code null}
	 */
	record Teaser(String kind, String title, String summary, String path, String figure) {
	}

}
