package org.vigie.media.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.vigie.media.MediaLibrary;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an upload that announces more bytes than the library takes back to the library's
 * page with a clear message, before anything reads it. (Without this, the server refuses
 * it while the security filters look for the CSRF token, with a bare "413".)
 */
@Configuration(proxyBeanMethods = false)
class MediaUploadGuard {

	/** Room for the form's other fields and the multipart boundaries. */
	private static final long FORM_ROOM = 1024 * 1024;

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> mediaUploadSizeGuard() {
		long limit = MediaLibrary.MAX_BYTES + FORM_ROOM;
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String type = request.getContentType();
				if ("POST".equals(request.getMethod()) && type != null
						&& type.toLowerCase(Locale.ROOT).startsWith("multipart/")
						&& request.getContentLengthLong() > limit) {
					response.sendRedirect("/admin/media?problem=tooLarge");
					return;
				}
				chain.doFilter(request, response);
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/admin/media", "/admin/media/*");
		registration.setName("uploadSizeGuard-admin-media");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
