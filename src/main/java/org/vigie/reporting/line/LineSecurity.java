package org.vigie.reporting.line;

import org.vigie.site.Language;
import org.vigie.site.StatelessPages;
import org.vigie.site.UploadLimit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.util.unit.DataSize;

/**
 * The line's own security rules, before the site's: no session and no cookie (until a
 * reporter types their receipt, see {@link PassCookie}), nothing kept by a browser or a
 * proxy, nothing loaded or sent anywhere but this site, no referrer, geolocation only for
 * this site. Its forms carry {@link FormTokens} instead of the session's CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class LineSecurity {

	static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
			+ "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

	static final String PERMISSIONS = "geolocation=(self), camera=(), microphone=(), interest-cohort=()";

	/** The largest request the last step takes: the images and every answer. */
	static final DataSize LARGEST_FORM = DataSize.ofMegabytes(16);

	@Bean
	@Order(10)
	@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
	SecurityFilterChain reportingLineChain(HttpSecurity http,
			@Value("${vigie.reporting.onion-address:${VIGIE_ONION_ADDRESS:}}") String onion) throws Exception {
		StatelessPages.apply(http.securityMatcher(LinePaths.ALL), POLICY, ReferrerPolicy.NO_REFERRER, PERMISSIONS)
			.headers((headers) -> headers.addHeaderWriter(new OnionLocation(onion)));
		return http.build();
	}

	@Bean
	UploadLimit frenchLineUploads() {
		return uploads(Language.FR);
	}

	@Bean
	UploadLimit dutchLineUploads() {
		return uploads(Language.NL);
	}

	@Bean
	UploadLimit englishLineUploads() {
		return uploads(Language.EN);
	}

	/**
	 * The line takes images in its last step and in replies; a request too large is sent
	 * back.
	 */
	private static UploadLimit uploads(Language language) {
		return new UploadLimit(LinePaths.landing(language) + "/**", LARGEST_FORM,
				LinePaths.landing(language) + "?tooLarge");
	}

}
