package org.vigie.identity.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the Content-Security-Policy of every response.
 * <p>
 * Public pages are cached and shared between readers, so they cannot carry a per-request
 * nonce; they have no inline script or style at all, and their policy allows only this
 * site (plus the two video players a reader chooses to start). Back-office pages get a
 * fresh nonce per request, exposed to templates as {@code cspNonce}: only scripts and
 * style elements that carry it run, and scripts they load inherit that trust.
 */
class ContentSecurityPolicy extends OncePerRequestFilter {

	static final String NONCE_ATTRIBUTE = "cspNonce";

	static final String PUBLIC = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; font-src 'self'; connect-src 'self'; "
			+ "frame-src https://www.youtube-nocookie.com https://player.vimeo.com; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final String BACK_OFFICE = "default-src 'self'; script-src 'nonce-%1$s' 'strict-dynamic'; "
			+ "style-src 'self' 'nonce-%1$s'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "frame-src https://www.youtube-nocookie.com https://player.vimeo.com; object-src 'none'; "
			+ "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	private final SecureRandom random = new SecureRandom();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getRequestURI().startsWith("/admin")) {
			byte[] bytes = new byte[18];
			this.random.nextBytes(bytes);
			String nonce = Base64.getEncoder().encodeToString(bytes);
			request.setAttribute(NONCE_ATTRIBUTE, nonce);
			response.setHeader("Content-Security-Policy", BACK_OFFICE.formatted(nonce));
		}
		else {
			response.setHeader("Content-Security-Policy", PUBLIC);
		}
		chain.doFilter(request, response);
	}

}
