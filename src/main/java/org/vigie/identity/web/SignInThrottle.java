package org.vigie.identity.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits sign-in and password-reset attempts, on top of the per-account lock, in two
 * buckets kept in memory for ten minutes (never stored): per client address and account
 * typed, so people sharing an address do not slow each other down, and per client address
 * across accounts, so one address cannot try (and lock) many accounts. The client address
 * is the one {@code TrustedProxies} resolved. Requests are matched the way the security
 * rules match them, so {@code /admin/%6Cogin} counts as {@code /admin/login}.
 */
class SignInThrottle extends OncePerRequestFilter {

	/** Attempts from one address, whatever the accounts. */
	static final int MAX_ATTEMPTS = 30;

	/** Attempts from one address on one account. */
	static final int MAX_ATTEMPTS_PER_ACCOUNT = 10;

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	private static final RequestMatcher THROTTLED = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/admin/login"),
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/admin/password-reset"));

	private final Cache<String, AtomicInteger> attempts = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(10))
		.maximumSize(100_000)
		.build();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !THROTTLED.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getRemoteAddr();
		int fromAddress = count(address);
		int onAccount = count(address + "\n" + account(request.getParameter("email")));
		if (fromAddress > MAX_ATTEMPTS || onAccount > MAX_ATTEMPTS_PER_ACCOUNT) {
			if (fromAddress == MAX_ATTEMPTS + 1 || onAccount == MAX_ATTEMPTS_PER_ACCOUNT + 1) {
				// Said once per bucket; the account typed stays out of the log.
				log.warn("Sign-in attempts from {} throttled ({} in ten minutes, {} on one account)", address,
						fromAddress, onAccount);
			}
			response.sendRedirect("/admin/login?error=throttled");
			return;
		}
		chain.doFilter(request, response);
	}

	private int count(String key) {
		return this.attempts.get(key, (any) -> new AtomicInteger()).incrementAndGet();
	}

	/** The account typed, as the accounts compare it; bounded so keys stay small. */
	private static String account(String typed) {
		String account = (typed != null) ? typed.strip().toLowerCase(Locale.ROOT) : "";
		return (account.length() > 320) ? account.substring(0, 320) : account;
	}

}
