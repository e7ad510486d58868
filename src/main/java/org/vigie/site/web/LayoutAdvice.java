package org.vigie.site.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page's model the {@code layout} helper the shared layout reads, and its
 * ready-made parts as {@code chrome}.
 */
@ControllerAdvice
class LayoutAdvice {

	private final SiteLayout layout;

	private final LayoutFragments chrome;

	LayoutAdvice(SiteLayout layout, LayoutFragments chrome) {
		this.layout = layout;
		this.chrome = chrome;
	}

	@ModelAttribute("layout")
	SiteLayout layout() {
		return this.layout;
	}

	@ModelAttribute("chrome")
	LayoutFragments chrome() {
		return this.chrome;
	}

}
