package org.vigie.reporting.line;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;

/**
 * Announces the line's onion service to Tor Browser ({@code Onion-Location}), when one is
 * configured and the page was not already reached through it.
 */
final class OnionLocation implements HeaderWriter {

	private final String address;

	/**
	 * @param address the onion host name ({@code abc…xyz.onion}), blank for none
	 */
	OnionLocation(String address) {
		String host = (address != null) ? address.strip() : "";
		host = host.replaceFirst("^https?://", "").replaceFirst("/+$", "");
		this.address = host;
	}

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		if (!this.address.isEmpty() && !viaOnion(request)) {
			response.setHeader("Onion-Location", "http://" + this.address + request.getRequestURI());
		}
	}

	/** Whether the request came through an onion service. */
	static boolean viaOnion(HttpServletRequest request) {
		String host = request.getServerName();
		return host != null && host.toLowerCase(java.util.Locale.ROOT).endsWith(".onion");
	}

}
