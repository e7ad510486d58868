package org.vigie.site.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.vigie.site.Language;
import org.vigie.site.SharedPage;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves shared public pages from {@link LocalPageCache}, answers conditional requests
 * with 304 and gives public responses their validators and caching headers.
 * <p>
 * Caching is opt-in: only responses their handler marked with {@link SharedPage} are
 * kept, keyed by address, and only when the request has no query string and no session.
 * Every other public response gets {@code Cache-Control: no-store} unless its handler
 * chose otherwise.
 */
class PageCacheFilter extends OncePerRequestFilter {

	static final String PUBLIC_CACHE_CONTROL = SharedPage.CACHE_CONTROL;

	static final String NOT_SHARED = "no-store";

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
		String key = key(request);
		CachedPage page = (key != null) ? this.cache.get(key) : null;
		if (page != null) {
			write(page, request, response);
			return;
		}
		long generation = this.cache.generation();
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		Set<String> tags = SharedPage.tagsOf(request);
		if (tags == null || !shareable(request, wrapper)) {
			if (tags == null && !wrapper.containsHeader(HttpHeaders.CACHE_CONTROL)) {
				// Not marked as the same for everyone: nobody may keep it.
				response.setHeader(HttpHeaders.CACHE_CONTROL, NOT_SHARED);
			}
			wrapper.copyBodyToResponse();
			return;
		}
		byte[] body = wrapper.getContentAsByteArray();
		String type = baseType(wrapper.getContentType());
		if (key == null) {
			String etag = CachedPage.etagOf(body);
			response.setHeader(HttpHeaders.ETAG, etag);
			if (CachedPage.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag, null)) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
			wrapper.copyBodyToResponse();
			return;
		}
		String language = "text/html".equals(type) ? languageOf(wrapper.getLocale()) : null;
		page = CachedPage.of(body, wrapper.getContentType(), language, tags);
		this.cache.put(key, page, generation);
		response.resetBuffer();
		write(page, request, response);
	}

	/**
	 * The cache key of a request, or {@code null} when its answer must not be kept or
	 * served from the cache: the cache is off, the reader has a session, or the address
	 * carries a query string (a page that reads parameters is not the same for everyone).
	 */
	private String key(HttpServletRequest request) {
		if (!this.cache.enabled() || hasSession(request) || request.getQueryString() != null) {
			return null;
		}
		return request.getRequestURI();
	}

	/** Whether a response marked as shared may really be kept and reused. */
	private static boolean shareable(HttpServletRequest request, ContentCachingResponseWrapper response) {
		String type = baseType(response.getContentType());
		String control = response.getHeader(HttpHeaders.CACHE_CONTROL);
		return response.getStatus() == 200 && type != null && CACHEABLE_TYPES.contains(type)
				&& !response.containsHeader(HttpHeaders.SET_COOKIE) && !request.isAsyncStarted()
				&& !"HEAD".equals(request.getMethod()) && control != null && control.contains("public")
				&& !control.contains("no-store") && !control.contains("private");
	}

	private static void write(CachedPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		boolean gzip = page.gzipped() != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		String etag = gzip ? page.gzipEtag() : page.etag();
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC_CACHE_CONTROL);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setContentType(page.contentType());
		if (page.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
		}
		if (CachedPage.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag(), page.gzipEtag())) {
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

	/** Whether {@code Accept-Encoding} accepts gzip, honouring {@code q=0}. */
	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : acceptEncoding.split(",")) {
			String[] parts = coding.trim().split(";");
			String name = parts[0].trim().toLowerCase(Locale.ROOT);
			if (name.equals("gzip") || name.equals("x-gzip")) {
				for (int i = 1; i < parts.length; i++) {
					String parameter = parts[i].trim().replace(" ", "");
					if (parameter.matches("q=0(\\.0*)?")) {
						return false;
					}
				}
				return true;
			}
		}
		return false;
	}

	private static String languageOf(Locale locale) {
		return (locale != null) ? Language.fromCode(locale.getLanguage()).map(Language::code).orElse(null) : null;
	}

	private static boolean hasSession(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		// The session cookie is renamed once the site is served over HTTPS.
		String session = request.getServletContext().getSessionCookieConfig().getName();
		for (Cookie cookie : cookies) {
			if ("JSESSIONID".equals(cookie.getName()) || "SESSION".equals(cookie.getName())
					|| cookie.getName().equals(session)) {
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
