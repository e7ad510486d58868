package org.vigie.mobilisation.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.vigie.site.StatelessPages;

/**
 * Mobilisation's own security rules, before the site's: no session and no cookie (forms
 * carry their own tokens from {@link ActionForms} and are checked with
 * {@link org.vigie.site.SameOrigin}; confirmation and personal links carry their own
 * secrets), nothing loaded from another site, nothing kept by a shared cache, and no
 * referrer sent when a supporter follows a share link.
 */
@Configuration(proxyBeanMethods = false)
class MobilisationSecurity {

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; object-src 'none'";

	@Bean
	@Order(13)
	@ConditionalOnWebApplication
	SecurityFilterChain mobilisationChain(HttpSecurity http) throws Exception {
		StatelessPages.apply(http.securityMatcher(ActPaths.patterns()), POLICY, ReferrerPolicy.NO_REFERRER,
				"camera=(), microphone=(), geolocation=(), payment=(), interest-cohort=()");
		return http.build();
	}

}
