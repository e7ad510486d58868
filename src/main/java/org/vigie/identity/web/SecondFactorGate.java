package org.vigie.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffPrincipal;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Guards every back-office page: a session whose member was disabled or signed out
 * everywhere since it signed in ends at once; until a member who needs a second factor
 * has given it, they are sent to the second-factor page.
 */
@Configuration(proxyBeanMethods = false)
class SecondFactorGate implements HandlerInterceptor, WebMvcConfigurer {

	static final String GENERATION = SecondFactorGate.class.getName() + ".generation";

	private final StaffAccounts accounts;

	SecondFactorGate(@Lazy StaffAccounts accounts) {
		this.accounts = accounts;
	}

	static void signedIn(HttpSession session, int generation) {
		session.setAttribute(GENERATION, generation);
	}

	static final String PENDING = SecondFactorGate.class.getName() + ".pending";

	static void require(HttpSession session) {
		session.setAttribute(PENDING, Boolean.TRUE);
	}

	static boolean pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && Boolean.TRUE.equals(session.getAttribute(PENDING));
	}

	static void satisfied(HttpServletRequest request) {
		request.getSession().removeAttribute(PENDING);
		// A new session id once fully signed in, as after the password.
		request.changeSessionId();
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
			HttpSession session = request.getSession(false);
			Object generation = (session != null) ? session.getAttribute(GENERATION) : null;
			if (!(generation instanceof Integer signedIn) || !this.accounts.acceptsSession(staff.id(), signedIn)) {
				request.logout();
				if (request.getSession(false) != null) {
					request.getSession(false).invalidate();
				}
				response.sendRedirect("/admin/login?error=ended");
				return false;
			}
		}
		if (pending(request)) {
			response.sendRedirect("/admin/two-factor");
			return false;
		}
		return true;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.addPathPatterns("/admin", "/admin/**")
			.excludePathPatterns("/admin/login", "/admin/setup", "/admin/two-factor", "/admin/logout",
					"/admin/invitation", "/admin/password-reset", "/admin/password-reset/**");
	}

}
