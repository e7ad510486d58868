package org.vigie.identity.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.vigie.identity.staff.StaffPrincipal;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a {@code multipart/form-data} request from anyone not signed in (a session
 * still waiting for its second factor is not) before anything parses it: the CSRF check,
 * next in {@link WebSecurity}'s chain, reads its token from the form, which means parsing
 * every part. Only the back-office takes uploads; the site's upload limits have already
 * bounded the size for those who are signed in. It belongs to {@link WebSecurity}'s chain
 * alone (not a {@code Customizer} bean, which Spring Security would apply to every
 * chain): the reporting line's own chain takes anonymous images, bounded by its upload
 * limits.
 */
final class AnonymousUploads {

	private AnonymousUploads() {
	}

	/**
	 * The filter itself, not a bean: it belongs in the security chain only.
	 */
	static final class Gate extends OncePerRequestFilter {

		private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String type = request.getContentType();
			return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!signedIn(SecurityContextHolder.getContext().getAuthentication())) {
				// At once, and the connection closed: the body will never be used.
				response.setHeader("Connection", "close");
				response.setStatus(HttpServletResponse.SC_FORBIDDEN);
				response.setContentLength(0);
				response.flushBuffer();
				return;
			}
			chain.doFilter(request, response);
		}

		/** Both factors given: the password alone grants no upload. */
		private static boolean signedIn(Authentication authentication) {
			return TRUST.isAuthenticated(authentication) && authentication.getAuthorities()
				.stream()
				.anyMatch((authority) -> StaffPrincipal.SIGNED_IN.equals(authority.getAuthority()));
		}

	}

}
