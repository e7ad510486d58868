package org.vigie.site.web;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.vigie.site.MovedAddresses;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a public address typed or pasted with a trailing slash ({@code /fr/actualites/},
 * every WordPress address) to the one address the site answers on, with a permanent
 * redirect that keeps the query string.
 * <p>
 * The language homes ({@code /fr/}) keep their slash: it is their canonical form. An
 * address a module knows as moved (an imported WordPress page) goes straight to its new
 * place, in one hop. The target is always a path on this site that starts with a language
 * or a known file name, so no request can turn it into a redirect to another host.
 */
class TrailingSlashFilter extends OncePerRequestFilter {

	/** Under a language tree, beyond the language home. */
	private static final Pattern IN_LANGUAGE = Pattern.compile("^/(fr|nl|en)/[^/].*/$");

	private static final Pattern SITE_FILE = Pattern.compile("^/(sitemap(-[a-z]{2})?\\.xml|robots\\.txt)/+$");

	private static final String CACHE_CONTROL = "public, max-age=86400";

	// Looked up on use: the modules that know moved addresses need the database, which
	// the
	// servlet container's filters must not wait for.
	private final ObjectProvider<MovedAddresses> moved;

	TrailingSlashFilter(ObjectProvider<MovedAddresses> moved) {
		this.moved = moved;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		String path = request.getRequestURI();
		return !("GET".equals(method) || "HEAD".equals(method)) || !path.endsWith("/")
				|| !(IN_LANGUAGE.matcher(path).matches() || SITE_FILE.matcher(path).matches());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		String query = request.getQueryString();
		String target = movedTo(path, query).orElseGet(() -> withQuery(withoutSlash(path), query));
		response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
		response.setHeader(HttpHeaders.LOCATION, target);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
	}

	/** The address without its trailing slashes. */
	static String withoutSlash(String path) {
		int end = path.length();
		while (end > 1 && path.charAt(end - 1) == '/') {
			end--;
		}
		return path.substring(0, end);
	}

	private Optional<String> movedTo(String path, String query) {
		for (MovedAddresses addresses : this.moved.orderedStream().toList()) {
			Optional<String> target = addresses.movedTo(path, query).filter(TrailingSlashFilter::isLocalPath);
			if (target.isPresent()) {
				return target.map((address) -> address.contains("?") ? address : withQuery(address, query));
			}
		}
		return Optional.empty();
	}

	private static String withQuery(String path, String query) {
		return (query != null && !query.isEmpty()) ? path + "?" + query : path;
	}

	/** A path on this host: {@code //host} and {@code /\host} would leave it. */
	private static boolean isLocalPath(String address) {
		return address.startsWith("/") && !address.startsWith("//") && !address.startsWith("/\\");
	}

}
