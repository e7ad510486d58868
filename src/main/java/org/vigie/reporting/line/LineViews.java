package org.vigie.reporting.line;

import jakarta.servlet.http.HttpServletRequest;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UrlPathHelper;

/**
 * Builds the line's pages: each gets its {@link LinePage} (relative addresses, "leave
 * quickly"), a fresh form token, and the status it answers with.
 */
@Component
class LineViews {

	private final FormTokens tokens;

	private final String leaveUrl;

	LineViews(FormTokens tokens,
			@Value("${vigie.reporting.leave-url:${VIGIE_LEAVE_URL:https://www.wikipedia.org/}}") String leaveUrl) {
		this.tokens = tokens;
		this.leaveUrl = leaveUrl;
	}

	/** The language of a request to the line (its address was matched, so it has one). */
	static Language language(HttpServletRequest request) {
		return LinePaths.language(UrlPathHelper.defaultInstance.getLookupPathForRequest(request)).orElse(Language.EN);
	}

	/** A page of the line. */
	ModelAndView page(String template, Language language, LinePage.Kind kind, HttpStatus status) {
		ModelAndView page = new ModelAndView("reporting/line/" + template, status);
		page.addObject("line", LinePage.of(language, kind, this.leaveUrl));
		page.addObject("token", this.tokens.issue());
		return page;
	}

	/**
	 * A short page that says one thing (too many requests, refused, closed…), with a way
	 * back to the line's first page.
	 * @param key the message keys' prefix: {@code key.title} and {@code key.text}
	 */
	ModelAndView notice(String key, Language language, LinePage.Kind kind, HttpStatus status) {
		ModelAndView page = page("notice", language, kind, status);
		page.addObject("notice", key);
		return page;
	}

	ModelAndView tooMany(Language language, LinePage.Kind kind) {
		return notice("line.tooMany", language, kind, HttpStatus.TOO_MANY_REQUESTS);
	}

	ModelAndView refused(Language language, LinePage.Kind kind) {
		return notice("line.refused", language, kind, HttpStatus.FORBIDDEN);
	}

	ModelAndView closed(Language language, LinePage.Kind kind) {
		return notice("line.closed", language, kind, HttpStatus.SERVICE_UNAVAILABLE);
	}

}
