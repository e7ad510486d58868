package org.vigie.advocacy.web;

import org.springframework.ui.Model;
import org.vigie.site.PageMeta;

/**
 * What every public page of the module puts in its model for the shared layout.
 */
public final class AdvocacyPages {

	/** The module's stylesheet, added to the site's on its pages. */
	public static final String STYLESHEET = "/css/advocacy.css";

	/** The cache tag of every advocacy page: evict it when advocacy data changes. */
	public static final String CACHE_TAG = "advocacy";

	private AdvocacyPages() {
	}

	/** The page's description for the layout, the module's stylesheet and addresses. */
	public static void page(Model model, PageMeta meta) {
		model.addAttribute("meta", meta);
		model.addAttribute("stylesheet", STYLESHEET);
		model.addAttribute("advocacyPath", AdvocacyPaths.base(meta.language()));
		for (AdvocacyPaths.Area area : AdvocacyPaths.Area.values()) {
			model.addAttribute(area.name().toLowerCase(java.util.Locale.ROOT) + "Path",
					AdvocacyPaths.of(area, meta.language()));
		}
	}

}
