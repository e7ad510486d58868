package org.vigie.content.store;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Renders a body for readers whenever a post, a page or a section is written, so a
 * reader's request only copies the stored HTML: sanitising and parsing happen once per
 * save, not once per view. Registered on the entities; it needs nothing but content's own
 * messages (the video players' labels), so it works wherever the entities are saved.
 */
public class RenderedBodies {

	private final BodyRenderer renderer = new BodyRenderer(contentMessages());

	@PrePersist
	@PreUpdate
	void render(Object item) {
		switch (item) {
			case Post post -> post.rendered(this.renderer.render(post.getBody(), post.getLanguage()),
					Excerpts.of(post.getExcerpt(), post.getBody()));
			case Page page -> page.rendered(this.renderer.render(page.getBody(), page.getLanguage()));
			case PageSection section ->
				section.rendered(this.renderer.render(section.getBody(), section.getPage().getLanguage()));
			default -> throw new IllegalArgumentException("No body to render in " + item.getClass());
		}
	}

	private static ResourceBundleMessageSource contentMessages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/content");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
