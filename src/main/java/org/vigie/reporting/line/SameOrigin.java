package org.vigie.reporting.line;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a form was sent from one of the line's own pages. Browsers say so in
 * {@code Sec-Fetch-Site}; older ones send {@code Origin}. The line's
 * {@code Referrer-Policy: no-referrer} makes browsers send {@code Origin: null} on POST,
 * which proves nothing either way: the form's token still has to hold.
 */
final class SameOrigin {

	private SameOrigin() {
	}

	static boolean sentFromHere(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null) {
			return "same-origin".equals(site.toLowerCase(Locale.ROOT));
		}
		String origin = request.getHeader("Origin");
		if (origin == null || "null".equals(origin)) {
			return true;
		}
		try {
			URI uri = URI.create(origin);
			String host = request.getHeader("Host");
			String authority = uri.getRawAuthority();
			return host != null && authority != null && authority.equalsIgnoreCase(host);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
