package org.vigie.learning.offline;

import jakarta.servlet.http.HttpServletRequest;
import org.vigie.learning.web.CardsPaths;
import org.vigie.site.Language;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every cards page a link to its language's web app manifest (the site layout
 * writes {@code <link rel="manifest">} when the model has {@code webManifest}), so that a
 * browser offers to install the cards from any of them.
 */
@ControllerAdvice(basePackages = "org.vigie.learning")
class ManifestLink {

	@ModelAttribute
	void manifest(HttpServletRequest request, Model model) {
		String path = request.getRequestURI();
		for (Language language : Language.all()) {
			String base = CardsPaths.base(language);
			if (path.equals(base) || path.startsWith(base + "/")) {
				model.addAttribute("webManifest", OfflinePaths.manifest(language));
				return;
			}
		}
	}

}
