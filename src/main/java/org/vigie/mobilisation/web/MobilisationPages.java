package org.vigie.mobilisation.web;

import org.springframework.ui.Model;
import org.vigie.site.PageMeta;

/**
 * What every public page of the module puts in its model for the shared layout.
 */
public final class MobilisationPages {

	/** The module's stylesheet, added to the site's on its pages. */
	public static final String STYLESHEET = "/css/mobilisation.css";

	private MobilisationPages() {
	}

	/** The page's description for the layout, and the module's stylesheet. */
	public static void page(Model model, PageMeta meta) {
		model.addAttribute("meta", meta);
		model.addAttribute("stylesheet", STYLESHEET);
		model.addAttribute("actPath", ActPaths.act(meta.language()));
		model.addAttribute("agendaPath", ActPaths.agenda(meta.language()));
		model.addAttribute("workshopsPath", ActPaths.workshops(meta.language()));
		model.addAttribute("newsletterPath", ActPaths.newsletter(meta.language()));
	}

}
