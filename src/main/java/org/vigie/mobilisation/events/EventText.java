package org.vigie.mobilisation.events;

/**
 * What an event says in one language.
 *
 * @param slug the last segment of its address ({@code /fr/agenda/<slug>})
 * @param title its title
 * @param summary one or two sentences for lists and calendars
 * @param body the full description, plain text with blank lines between paragraphs
 * @param reportPath the address of the news report in this language, once published, or
 * {@code null}
 */
public record EventText(String slug, String title, String summary, String body, String reportPath) {

	/** A text without a report (yet). */
	public EventText(String slug, String title, String summary, String body) {
		this(slug, title, summary, body, null);
	}

}
