package org.vigie.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Until a staff member who needs a second factor has given it, every back-office page
 * sends them to the second-factor page.
 */
@Configuration(proxyBeanMethods = false)
class SecondFactorGate implements HandlerInterceptor, WebMvcConfigurer {

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
					"/admin/invitation");
	}

}
