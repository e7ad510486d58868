package org.vigie.site.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page's model the {@code layout} helper the shared layout reads.
 */
@ControllerAdvice
class LayoutAdvice {

	private final SiteLayout layout;

	LayoutAdvice(SiteLayout layout) {
		this.layout = layout;
	}

	@ModelAttribute("layout")
	SiteLayout layout() {
		return this.layout;
	}

}
