package org.vigie.site.web;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.vigie.site.UploadLimit;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a {@code multipart/form-data} request larger than its address takes
 * ({@link UploadLimit}s the modules declare, {@link UploadLimit#ELSEWHERE} for every
 * other address) from its announced length, before anything reads or parses it: the
 * security filters would otherwise parse the whole request looking for its CSRF token. A
 * request that does not announce its length is refused too (browsers always announce it),
 * since it could only be measured by reading it. Addresses are matched the way the
 * security rules match them.
 */
final class UploadLimits extends OncePerRequestFilter {

	private final List<Limit> limits;

	UploadLimits(List<UploadLimit> declared) {
		this.limits = declared.stream()
			.sorted(Comparator.comparingLong((UploadLimit limit) -> limit.maximum().toBytes()))
			.map((limit) -> new Limit(PathPatternRequestMatcher.withDefaults().matcher(limit.pattern()), limit))
			.toList();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length < 0) {
			refuse(response, HttpServletResponse.SC_LENGTH_REQUIRED, null);
			return;
		}
		UploadLimit limit = this.limits.stream()
			.filter((candidate) -> candidate.matcher().matches(request))
			.map(Limit::declared)
			.findFirst()
			.orElse(null);
		long maximum = (limit != null) ? limit.maximum().toBytes() : UploadLimit.ELSEWHERE.toBytes();
		if (length > maximum) {
			refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
					(limit != null) ? limit.tooLarge() : null);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Answers at once and closes the connection, so the client gets the answer before the
	 * server would otherwise drain the body it will never use.
	 */
	static void refuse(HttpServletResponse response, int status, String redirect) throws IOException {
		response.setHeader("Connection", "close");
		if (redirect != null) {
			response.sendRedirect(redirect);
		}
		else {
			response.setStatus(status);
			response.setContentLength(0);
		}
		response.flushBuffer();
	}

	private record Limit(RequestMatcher matcher, UploadLimit declared) {
	}

}
