package org.vigie.identity.web;

import java.time.Duration;

import jakarta.servlet.SessionCookieConfig;
import org.vigie.site.SiteProperties;

import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * What the responses and cookies say about how they may be kept and carried.
 * <ul>
 * <li>Back-office and personal pages (everything under {@code /admin}: set-up,
 * invitation, password reset, account, second factor, recovery codes, audit trail…) carry
 * {@code Cache-Control: no-store}, so neither a browser nor a proxy keeps a copy. Public
 * pages keep the caching the site's page cache gives them.</li>
 * <li>When the public address is {@code https}, the session cookie is {@code Secure} and
 * named with the {@code __Host-} prefix (sent over TLS only, to this host only, for the
 * whole site), and every response carries HSTS for a year, subdomains included. Over
 * {@code http} (a newcomer's laptop) neither applies.</li>
 * </ul>
 * The headers reach {@link WebSecurity}'s chain as a customizer of {@link HttpSecurity},
 * which Spring Security applies to every chain.
 */
@Configuration(proxyBeanMethods = false)
class TransportSecurity {

	/** The session cookie's name once the site is served over HTTPS. */
	static final String HTTPS_SESSION_COOKIE = "__Host-vigie-session";

	static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

	@Bean
	Customizer<HttpSecurity> transportHeaders(SiteProperties site) {
		return (http) -> {
			try {
				http.headers((headers) -> headers(headers, site.https()));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		};
	}

	@Bean
	ServletContextInitializer httpsSessionCookie(SiteProperties site) {
		return (context) -> sessionCookie(context.getSessionCookieConfig(), site.https());
	}

	static void headers(HeadersConfigurer<HttpSecurity> headers, boolean https) {
		headers.addHeaderWriter(
				new DelegatingRequestMatcherHeaderWriter(PathPatternRequestMatcher.withDefaults().matcher("/admin/**"),
						(request, response) -> response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store")));
		if (https) {
			headers.httpStrictTransportSecurity((hsts) -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
				.maxAgeInSeconds(HSTS_MAX_AGE.toSeconds())
				.includeSubDomains(true));
		}
		else {
			headers.httpStrictTransportSecurity((hsts) -> hsts.disable());
		}
	}

	static void sessionCookie(SessionCookieConfig cookie, boolean https) {
		if (https) {
			cookie.setName(HTTPS_SESSION_COOKIE);
			cookie.setSecure(true);
			cookie.setPath("/");
			cookie.setDomain(null);
		}
	}

}
