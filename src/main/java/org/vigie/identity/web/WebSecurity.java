package org.vigie.identity.web;

import java.util.Comparator;
import java.util.List;

import org.vigie.identity.BackOfficeRoute;
import org.vigie.identity.BackOfficeRoutes;
import org.vigie.identity.staff.RolePermissions;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffPrincipal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Security rules for every request. Public pages are open and load nothing from third
 * parties: the Content Security Policy allows only this site, plus the two video players
 * a reader chooses to start. The back-office's rules are built from the
 * {@link BackOfficeRoutes} the modules declare, most specific first; an address under
 * {@code /admin} that nobody declared is refused. Staff addresses need the
 * {@link StaffPrincipal#SIGNED_IN} authority, which only the second factor grants.
 * {@link TransportSecurity} (no-store, HSTS) adds to this chain as a customizer;
 * {@link AnonymousUploads} refuses uploads from anyone not signed in.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

	@Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
	SecurityFilterChain securityFilterChain(HttpSecurity http, StaffAccounts accounts, List<BackOfficeRoutes> routes,
			RolePermissions grants, PasswordStep passwordStep) throws Exception {
		List<BackOfficeRoute> ordered = routes.stream()
			.flatMap((declaration) -> declaration.routes().stream())
			.sorted(Comparator.comparingInt(BackOfficeRoute::specificity).reversed())
			.toList();
		undeclaredPermissions(ordered, grants);
		http.authorizeHttpRequests((requests) -> {
			// The second step, declared as a staff address, is the one place a session
			// with the password alone may also go: this rule comes before the declared
			// ones.
			requests.requestMatchers("/admin/two-factor", "/admin/two-factor/**")
				.hasAnyAuthority(StaffPrincipal.SECOND_FACTOR_PENDING, StaffPrincipal.SIGNED_IN);
			ordered.forEach((route) -> {
				var rule = requests.requestMatchers(route.pattern());
				switch (route.access()) {
					case ANYONE -> rule.permitAll();
					case STAFF -> rule.hasAuthority(StaffPrincipal.SIGNED_IN);
					case PERMISSION -> rule.hasAuthority(route.permission().authority());
				}
			});
			// Whatever no module declared is refused, even to administrators.
			requests.requestMatchers("/admin/**").denyAll().anyRequest().permitAll();
		})
			.formLogin((form) -> form.loginPage("/admin/login")
				.loginProcessingUrl("/admin/login")
				.usernameParameter("email")
				.successHandler(passwordStep)
				.failureHandler(passwordStep))
			.exceptionHandling((refusals) -> refusals.accessDeniedHandler(SecondFactorGate::denied))
			.logout((logout) -> logout.logoutUrl("/admin/logout").logoutSuccessHandler((request, response, auth) -> {
				if (auth != null) {
					accounts.signedOut(auth.getName());
				}
				response.sendRedirect("/admin/login?signedOut");
			}))
			.addFilterBefore(new SignInThrottle(), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new ContentSecurityPolicy(), HeaderWriterFilter.class)
			.addFilterBefore(new AnonymousUploads.Gate(), CsrfFilter.class)
			.headers((headers) -> headers.cacheControl((cache) -> cache.disable())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions
					.policy("camera=(), microphone=(), geolocation=(), interest-cohort=()")))
			.requestCache((cache) -> cache.disable())
			.httpBasic((basic) -> basic.disable());
		return http.build();
	}

	/**
	 * A route naming a permission no module declares would be open to nobody by mistake.
	 */
	private static void undeclaredPermissions(List<BackOfficeRoute> routes, RolePermissions grants) {
		routes.stream()
			.filter((route) -> route.permission() != null && !grants.declares(route.permission()))
			.findFirst()
			.ifPresent((route) -> {
				throw new IllegalStateException(
						"Route " + route.pattern() + " needs an undeclared permission " + route.permission());
			});
	}

}
