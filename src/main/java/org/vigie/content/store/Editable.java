package org.vigie.content.store;

import java.time.Instant;

import org.vigie.site.Language;

/**
 * What posts and pages share for editing: a title, an address, a summary and a body in
 * one language, a publication state, and a version that stops two editors from silently
 * overwriting each other.
 */
public interface Editable {

	Long getId();

	String getTranslationKey();

	Language getLanguage();

	String getSlug();

	String getTitle();

	/** The excerpt of a post, the summary of a page. */
	String getSummary();

	String getBody();

	Publication getPublication();

	void setPublication(Publication publication);

	long getVersion();

	/**
	 * The staff member who created the item, or {@code null} for imported or demo
	 * content.
	 */
	Long getOwnerId();

	/** Replaces the edited fields at once. */
	void edit(String title, String slug, String summary, String body, Instant now);

}
