package org.vigie.content.admin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an export upload that announces more bytes than the limit back to the import page
 * with a clear message, before anything reads it. (Without this, the server refuses it
 * while the security filters look for the CSRF token, with a bare "413".) The media
 * module guards its own uploads.
 */
@Configuration(proxyBeanMethods = false)
class UploadSizeGuard {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> importUploadSizeGuard(
			@Value("${spring.servlet.multipart.max-request-size:257MB}") DataSize limit) {
		return guard(limit, "/admin/import?problem=tooLarge", "/admin/import", "/admin/import/*");
	}

	private static FilterRegistrationBean<OncePerRequestFilter> guard(DataSize limit, String answer, String... paths) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String type = request.getContentType();
				if ("POST".equals(request.getMethod()) && type != null
						&& type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
						&& request.getContentLengthLong() > limit.toBytes()) {
					response.sendRedirect(answer);
					return;
				}
				chain.doFilter(request, response);
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(paths);
		registration.setName("uploadSizeGuard" + paths[0].replace('/', '-'));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
