package org.vigie.learning.web;

import org.vigie.site.StatelessPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The cards' own security rules, before the site's: no session (a learner is their device
 * key, see {@code LearnerCookie}), nothing kept by a browser's cache or a proxy, nothing
 * loaded from or sent to another site. Forms are protected by their own tokens and by
 * {@link org.vigie.site.SameOrigin}, not by a session's CSRF token, so that any node can
 * answer any request.
 */
@Configuration(proxyBeanMethods = false)
class LearningSecurity {

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "connect-src 'self'; worker-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'none'; "
			+ "frame-ancestors 'none'; object-src 'none'";

	@Bean
	@Order(11)
	@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
	SecurityFilterChain learningCardsChain(HttpSecurity http) throws Exception {
		StatelessPages.apply(http.securityMatcher(CardsPaths.patterns()), POLICY, ReferrerPolicy.SAME_ORIGIN,
				"camera=(), microphone=(), geolocation=(), interest-cohort=()");
		return http.build();
	}

}
