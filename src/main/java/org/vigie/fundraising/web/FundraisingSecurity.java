package org.vigie.fundraising.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.vigie.site.StatelessPages;

/**
 * Fundraising's own security rules, before the site's: no session (forms carry their own
 * tokens and are checked with {@link org.vigie.site.SameOrigin}; the self-service pages
 * use their own links), nothing kept by a browser's cache or a proxy, nothing loaded from
 * another site, and no referrer sent when a donor leaves for a provider's page. Webhooks
 * need no CSRF token: the provider's adapter checks who sent them.
 */
@Configuration(proxyBeanMethods = false)
class FundraisingSecurity {

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "connect-src 'self'; form-action 'self' https:; base-uri 'none'; frame-ancestors 'none'; object-src 'none'";

	@Bean
	@Order(12)
	@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
	SecurityFilterChain fundraisingChain(HttpSecurity http) throws Exception {
		StatelessPages.apply(http.securityMatcher(SupportPaths.patterns()), POLICY, ReferrerPolicy.NO_REFERRER,
				"camera=(), microphone=(), geolocation=(), payment=(), interest-cohort=()");
		return http.build();
	}

}
