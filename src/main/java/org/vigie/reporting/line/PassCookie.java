package org.vigie.reporting.line;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.vigie.reporting.vault.ReportKey;
import org.vigie.reporting.vault.ReporterPasses;
import org.vigie.site.Language;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The only cookie of the line, set once a reporter's receipt opened their report: the
 * report's key sealed for {@link #LIFETIME} ({@link ReporterPasses}), sent back only to
 * the line in that language, never to scripts or other sites, and gone when the browser
 * closes or the reporter closes their follow-up.
 */
@Component
class PassCookie {

	static final String NAME = "vigie-line-pass";

	static final Duration LIFETIME = Duration.ofMinutes(30);

	private final ReporterPasses passes;

	PassCookie(ReporterPasses passes) {
		this.passes = passes;
	}

	/** Gives the reporter a pass for their report. */
	void give(ReportKey key, Language language, HttpServletRequest request, HttpServletResponse response) {
		write(this.passes.issue(key, LIFETIME), language, request, response, null);
	}

	/** The report key the request's pass holds, while it is valid. */
	Optional<ReportKey> key(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		return Arrays.stream(cookies)
			.filter((cookie) -> NAME.equals(cookie.getName()))
			.findFirst()
			.flatMap((cookie) -> this.passes.redeem(cookie.getValue()));
	}

	/** Removes the pass from the browser. */
	void remove(Language language, HttpServletRequest request, HttpServletResponse response) {
		write("", language, request, response, Duration.ZERO);
	}

	private static void write(String value, Language language, HttpServletRequest request, HttpServletResponse response,
			Duration maxAge) {
		ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(NAME, value)
			.path(LinePaths.cookiePath(language))
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict");
		if (maxAge != null) {
			cookie.maxAge(maxAge);
		}
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.build().toString());
	}

}
