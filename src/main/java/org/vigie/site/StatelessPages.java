package org.vigie.site;

import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The security rules shared by public pages that keep no session (the reporting line, the
 * awareness cards): open to anyone, no session and no security context, no saved request,
 * no login or logout, {@code Cache-Control: no-store}, the given Content Security Policy,
 * referrer policy and permissions. Their forms carry tokens of their own and are checked
 * with {@link SameOrigin}, so the session's CSRF token is off. A module declares its own
 * {@code SecurityFilterChain} with its {@code securityMatcher} and {@code @Order}, calls
 * this, then adds what is its own.
 */
public final class StatelessPages {

	private StatelessPages() {
	}

	/**
	 * Applies the shared rules.
	 * @param http the module's chain, already matched to its addresses
	 * @param policy the Content Security Policy
	 * @param referrer the referrer policy
	 * @param permissions the Permissions-Policy header
	 * @return the chain, for the module's own additions
	 * @throws Exception as Spring Security's configurers do
	 */
	public static HttpSecurity apply(HttpSecurity http, String policy, ReferrerPolicy referrer, String permissions)
			throws Exception {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((context) -> context.securityContextRepository(new NullSecurityContextRepository()))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.headers((headers) -> headers.cacheControl((cache) -> cache.disable())
				.addHeaderWriter(new StaticHeadersWriter(HttpHeaders.CACHE_CONTROL, "no-store"))
				.contentSecurityPolicy((csp) -> csp.policyDirectives(policy))
				.referrerPolicy((header) -> header.policy(referrer))
				.permissionsPolicyHeader((header) -> header.policy(permissions)));
	}

}
