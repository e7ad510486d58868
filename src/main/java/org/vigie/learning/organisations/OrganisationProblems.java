package org.vigie.learning.organisations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.vigie.learning.study.Study;
import org.vigie.site.Language;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * A refused organisation form answers with a page that says what was wrong and leads back
 * to where the person was; nothing was changed. The page is rendered by a forward, so
 * that it gets the site's layout like any other page.
 */
class OrganisationProblems {

	private static final String PROBLEM = OrganisationProblems.class.getName() + ".problem";

	private static final String STATUS = OrganisationProblems.class.getName() + ".status";

	private static final String BACK = OrganisationProblems.class.getName() + ".back";

	private OrganisationProblems() {
	}

	/** Turns a refusal into a forward to the problem page. */
	@ControllerAdvice(basePackageClasses = OrganisationProblems.class)
	static class Refusals {

		@ExceptionHandler(OrganisationRefused.class)
		String refused(OrganisationRefused refused, Language language, HttpServletRequest request) {
			String code = refused.code();
			request.setAttribute(PROBLEM, code);
			request.setAttribute(STATUS, code.endsWith("staleForm") ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST);
			request.setAttribute(BACK, back(language, request.getRequestURI()));
			return "forward:" + OrganisationPaths.home(language) + "/problem";
		}

		private static String back(Language language, String path) {
			String home = OrganisationPaths.home(language);
			if (!path.startsWith(home + "/")) {
				return home;
			}
			String rest = path.substring(home.length() + 1);
			int slash = rest.indexOf('/');
			String first = (slash > 0) ? rest.substring(0, slash) : rest;
			if (OrganisationAccess.uuid(first).isPresent()) {
				return home + "/" + first;
			}
			return first.equals("join") ? path : home;
		}

	}

	/** The problem page, reached only by the forward above. */
	@Controller
	static class Page {

		private final OrganisationPages pages;

		private final Study study;

		Page(OrganisationPages pages, Study study) {
			this.pages = pages;
			this.study = study;
		}

		@RequestMapping({ "/fr/cartes/organisations/problem", "/nl/kaarten/organisations/problem",
				"/en/cards/organisations/problem" })
		String problem(Language language, HttpServletRequest request, HttpServletResponse response, Model model) {
			Object problem = request.getAttribute(PROBLEM);
			if (!(problem instanceof String code) || !(request.getAttribute(STATUS) instanceof HttpStatus status)) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			response.setStatus(status.value());
			this.pages.problem(model, language, code, (String) request.getAttribute(BACK), this.study.zone());
			return "learning/organisations/problem";
		}

	}

}
