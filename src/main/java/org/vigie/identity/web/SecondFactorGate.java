package org.vigie.identity.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffPrincipal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Guards every back-office page, the second step included: a session whose member was
 * disabled, changed roles or signed out everywhere since it signed in ends at once, and
 * so does one older than the absolute lifetime, however active. A session that has given
 * only the password holds no permission (see {@link StaffPrincipal}); it is sent to the
 * second-factor page, and gets its permissions there.
 */
@Configuration(proxyBeanMethods = false)
class SecondFactorGate implements HandlerInterceptor, WebMvcConfigurer {

	static final String GENERATION = SecondFactorGate.class.getName() + ".generation";

	static final String SIGNED_IN_AT = SecondFactorGate.class.getName() + ".signedInAt";

	private final StaffAccounts accounts;

	private final Clock clock;

	private final Duration lifetime;

	SecondFactorGate(@Lazy StaffAccounts accounts, Clock clock,
			@Value("${vigie.identity.session-lifetime:12h}") Duration lifetime) {
		this.accounts = accounts;
		this.clock = clock;
		this.lifetime = lifetime;
	}

	/**
	 * The password was accepted: the session's generation and absolute lifetime start.
	 */
	static void signedIn(HttpSession session, int generation, Instant at) {
		session.setAttribute(GENERATION, generation);
		session.setAttribute(SIGNED_IN_AT, at);
	}

	/** A session moved to a new generation (its own password change) keeps going. */
	static void renewed(HttpSession session, int generation) {
		session.setAttribute(GENERATION, generation);
	}

	static boolean pending(Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff
				&& staff.awaitsSecondFactor();
	}

	/** The second factor was given: the session now holds the member's permissions. */
	static void satisfied(StaffPrincipal signedIn, HttpServletRequest request) {
		hold(signedIn, request);
		// A new session id once fully signed in, as after the password.
		request.changeSessionId();
	}

	/** Puts this principal, and its authorities, in the session from now on. */
	static void hold(StaffPrincipal principal, HttpServletRequest request) {
		var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
	}

	/**
	 * Refusals: a session that has given only the password is led to the second factor,
	 * anyone else gets 403.
	 */
	static void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
			throws IOException, ServletException {
		if (pending(SecurityContextHolder.getContext().getAuthentication())) {
			response.sendRedirect("/admin/two-factor");
			return;
		}
		new AccessDeniedHandlerImpl().handle(request, response, refused);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff
				&& !stillValid(staff, request.getSession(false))) {
			request.logout();
			if (request.getSession(false) != null) {
				request.getSession(false).invalidate();
			}
			response.sendRedirect("/admin/login?error=ended");
			return false;
		}
		return true;
	}

	private boolean stillValid(StaffPrincipal staff, HttpSession session) {
		Object generation = (session != null) ? session.getAttribute(GENERATION) : null;
		Object signedInAt = (session != null) ? session.getAttribute(SIGNED_IN_AT) : null;
		return generation instanceof Integer signedIn && signedInAt instanceof Instant at
				&& this.clock.instant().isBefore(at.plus(this.lifetime))
				&& this.accounts.acceptsSession(staff.id(), signedIn);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.addPathPatterns("/admin", "/admin/**")
			.excludePathPatterns("/admin/login", "/admin/setup", "/admin/logout", "/admin/invitation",
					"/admin/password-reset", "/admin/password-reset/**");
	}

}
