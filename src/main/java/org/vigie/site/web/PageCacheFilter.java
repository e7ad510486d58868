package org.vigie.site.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages from {@link LocalPageCache}, answers conditional requests with 304
 * and gives public responses their validators and caching headers. Requests with a query
 * string (search) are rendered every time but still get an ETag.
 */
class PageCacheFilter extends OncePerRequestFilter {

	static final String PUBLIC_CACHE_CONTROL = "public, max-age=0, must-revalidate";

	private static final Set<String> CACHEABLE_TYPES = Set.of("text/html", "application/atom+xml", "application/xml",
			"text/plain");

	private final LocalPageCache cache;

	PageCacheFilter(LocalPageCache cache) {
		this.cache = cache;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || !isPublic(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean storable = this.cache.enabled() && request.getQueryString() == null && "GET".equals(request.getMethod())
				&& !hasSession(request);
		String key = request.getRequestURI();
		CachedPage page = storable ? this.cache.get(key) : null;
		if (page != null) {
			write(page, request, response);
			return;
		}
		long generation = this.cache.generation();
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC_CACHE_CONTROL);
		chain.doFilter(request, wrapper);
		String type = baseType(wrapper.getContentType());
		if (wrapper.getStatus() != 200 || type == null || !CACHEABLE_TYPES.contains(type)
				|| wrapper.containsHeader(HttpHeaders.SET_COOKIE) || request.isAsyncStarted()) {
			wrapper.copyBodyToResponse();
			return;
		}
		page = CachedPage.of(wrapper.getContentAsByteArray(), wrapper.getContentType(),
				wrapper.getHeader(HttpHeaders.CONTENT_LANGUAGE));
		if (storable) {
			this.cache.put(key, page, generation);
		}
		response.resetBuffer();
		write(page, request, response);
	}

	private static void write(CachedPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		boolean gzip = page.gzipped() != null && acceptsGzip(request);
		String etag = gzip ? page.gzipEtag() : page.etag();
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC_CACHE_CONTROL);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setContentType(page.contentType());
		if (page.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
		}
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] body = gzip ? page.gzipped() : page.body();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	private static boolean matches(String ifNoneMatch, CachedPage page) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.trim();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			if (tag.equals("*") || tag.equals(page.etag()) || tag.equals(page.gzipEtag())) {
				return true;
			}
		}
		return false;
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		return accept != null && accept.contains("gzip");
	}

	private static boolean hasSession(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if ("JSESSIONID".equals(cookie.getName()) || "SESSION".equals(cookie.getName())) {
				return true;
			}
		}
		return false;
	}

	private static String baseType(String contentType) {
		if (contentType == null) {
			return null;
		}
		int semicolon = contentType.indexOf(';');
		return ((semicolon >= 0) ? contentType.substring(0, semicolon) : contentType).trim();
	}

	static boolean isPublic(String path) {
		return path.equals("/") || path.startsWith("/fr/") || path.startsWith("/nl/") || path.startsWith("/en/")
				|| path.equals("/fr") || path.equals("/nl") || path.equals("/en") || path.equals("/robots.txt")
				|| (path.startsWith("/sitemap") && path.endsWith(".xml"));
	}

}
