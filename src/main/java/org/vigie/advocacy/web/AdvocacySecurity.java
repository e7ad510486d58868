package org.vigie.advocacy.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.vigie.site.StatelessPages;

/**
 * Advocacy's public pages are read, never written to: no session, no cookie, nothing
 * loaded from another site (the map is an SVG served here), so any reader of an address
 * gets the same page and the page cache can keep it.
 */
@Configuration(proxyBeanMethods = false)
class AdvocacySecurity {

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; object-src 'none'";

	@Bean
	@Order(14)
	@ConditionalOnWebApplication
	SecurityFilterChain advocacyChain(HttpSecurity http) throws Exception {
		StatelessPages.apply(http.securityMatcher(AdvocacyPaths.patterns()), POLICY,
				ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
				"camera=(), microphone=(), geolocation=(), payment=(), interest-cohort=()");
		return http.build();
	}

}
