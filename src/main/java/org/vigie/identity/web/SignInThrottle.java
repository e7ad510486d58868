package org.vigie.identity.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits sign-in attempts per client address (kept in memory for ten minutes only, never
 * stored), on top of the per-account lock.
 */
class SignInThrottle extends OncePerRequestFilter {

	static final int MAX_ATTEMPTS = 20;

	private final Cache<String, AtomicInteger> attempts = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(10))
		.maximumSize(100_000)
		.build();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && ("/admin/login".equals(request.getRequestURI())
				|| "/admin/password-reset".equals(request.getRequestURI())));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		int count = this.attempts.get(request.getRemoteAddr(), (address) -> new AtomicInteger()).incrementAndGet();
		if (count > MAX_ATTEMPTS) {
			response.sendRedirect("/admin/login?error=throttled");
			return;
		}
		chain.doFilter(request, response);
	}

}
