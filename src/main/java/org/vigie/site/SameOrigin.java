package org.vigie.site;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a form was sent from one of this site's own pages. Browsers say so in
 * {@code Sec-Fetch-Site}; older ones send {@code Origin}. Pages with
 * {@code Referrer-Policy: no-referrer} make browsers send {@code Origin: null} on POST,
 * which proves nothing either way: forms checked this way carry a token of their own that
 * still has to hold. Used by the public forms that keep no session (the reporting line,
 * the awareness cards).
 */
public final class SameOrigin {

	private SameOrigin() {
	}

	/**
	 * Whether the request says it comes from this site, or says nothing of its origin.
	 */
	public static boolean sentFromHere(HttpServletRequest request) {
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
