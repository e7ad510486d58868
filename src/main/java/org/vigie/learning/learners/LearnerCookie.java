package org.vigie.learning.learners;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The cookie that keeps a learner's device key: set only once they answer a first card,
 * sent only to the cards' addresses, never to scripts, never with a request from another
 * site. It lasts 400 days, the most browsers allow, and is renewed on every visit that
 * records an answer.
 */
public final class LearnerCookie {

	public static final String NAME = "vigie_cards";

	static final Duration LIFETIME = Duration.ofDays(400);

	private LearnerCookie() {
	}

	/** The device key the request carries, if any. */
	public static Optional<String> read(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (NAME.equals(cookie.getName())) {
				return Optional.of(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	/** Gives the browser a device key to keep for {@code path} and below. */
	public static void write(HttpServletResponse response, String deviceKey, String path, boolean secure) {
		response.addHeader(HttpHeaders.SET_COOKIE,
				ResponseCookie.from(NAME, deviceKey)
					.path(path)
					.httpOnly(true)
					.secure(secure)
					.sameSite("Lax")
					.maxAge(LIFETIME)
					.build()
					.toString());
	}

	/** Makes the browser forget its device key. */
	public static void clear(HttpServletResponse response, String path, boolean secure) {
		response.addHeader(HttpHeaders.SET_COOKIE,
				ResponseCookie.from(NAME, "")
					.path(path)
					.httpOnly(true)
					.secure(secure)
					.sameSite("Lax")
					.maxAge(0)
					.build()
					.toString());
	}

}
