package org.vigie.site.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SitePaths;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders every error as an HTML page in the reader's language, from a template that
 * reads nothing from the database (the error may be the database) and never shows
 * exception details.
 */
@Controller
class ErrorPages implements ErrorController {

	private final MessageSource messages;

	private final PathLanguageResolver languages;

	private final SiteLayout layout;

	private final LayoutFragments chrome;

	private final java.util.List<org.vigie.site.MovedAddresses> moved;

	ErrorPages(MessageSource messages, SiteWebConfiguration configuration, SiteLayout layout, LayoutFragments chrome,
			org.springframework.beans.factory.ObjectProvider<org.vigie.site.MovedAddresses> moved) {
		this.chrome = chrome;
		this.moved = moved.orderedStream().toList();
		this.messages = messages;
		this.languages = configuration.languages();
		this.layout = layout;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		// Outside the language trees the language follows the browser: never share such a
		// page.
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		HttpStatus status = status(request);
		if (status == HttpStatus.NOT_FOUND
				&& ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
			java.util.Optional<String> target = movedTo(request);
			if (target.isPresent()) {
				// An address of the old site: readers, search engines and partners' links
				// land
				// on its new place.
				response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=86400");
				org.springframework.web.servlet.view.RedirectView redirect = new org.springframework.web.servlet.view.RedirectView(
						target.get());
				redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
				redirect.setExposeModelAttributes(false);
				return new ModelAndView(redirect);
			}
		}
		Language language = this.languages.language(request);
		String kind = kind(status);
		String title = this.messages.getMessage("error." + kind + ".title", null, language.locale());
		ModelAndView page = new ModelAndView("site/error", status);
		page.addObject("meta", PageMeta.of(language, title, title, SitePaths.home(language)));
		page.addObject("kind", kind);
		page.addObject("bare", true);
		page.addObject("layout", this.layout);
		page.addObject("chrome", this.chrome);
		return page;
	}

	private java.util.Optional<String> movedTo(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		Object query = request.getAttribute("jakarta.servlet.error.query_string");
		if (query == null) {
			query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
		}
		if (!(uri instanceof String path)) {
			return java.util.Optional.empty();
		}
		for (org.vigie.site.MovedAddresses addresses : this.moved) {
			java.util.Optional<String> target = addresses.movedTo(path, (query instanceof String text) ? text : null);
			if (target.isPresent()) {
				return target;
			}
		}
		return java.util.Optional.empty();
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null && status.isError()) ? status : HttpStatus.NOT_FOUND;
	}

	private static String kind(HttpStatus status) {
		return switch (status.value()) {
			case 400, 404, 405 -> Integer.toString(status.value());
			default -> status.is5xxServerError() ? "500" : "400";
		};
	}

}
