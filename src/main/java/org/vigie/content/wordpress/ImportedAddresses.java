package org.vigie.content.wordpress;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vigie.site.MovedAddresses;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The addresses of an imported WordPress site: posts and pages at their old paths (with
 * or without their language prefix), {@code ?p=} and {@code ?page_id=}, category and tag
 * archives with their pages, and uploaded files. Consulted only for addresses Vigie does
 * not know, so it costs nothing on the pages readers usually ask for.
 */
@Component
class ImportedAddresses implements MovedAddresses {

	/** WordPress's resized copies of an upload ({@code photo-300x200.jpg}). */
	private static final Pattern RESIZED = Pattern
		.compile("^(/wp-content/uploads/.+)-[0-9]{1,5}x[0-9]{1,5}(\\.[A-Za-z0-9]{2,5})$");

	private static final Pattern PAGED = Pattern.compile("^(.+)/page/([0-9]{1,6})$");

	private static final Pattern BY_ID = Pattern.compile("(?:^|&)(p|page_id|attachment_id)=([0-9]{1,12})(?:&|$)");

	private final RedirectRepository redirects;

	ImportedAddresses(RedirectRepository redirects) {
		this.redirects = redirects;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> movedTo(String path, String query) {
		if (path == null || path.length() > 1000) {
			return Optional.empty();
		}
		if (query != null && ("/".equals(path) || path.isEmpty())) {
			Matcher id = BY_ID.matcher(query);
			if (id.find()) {
				return find("/?" + id.group(1) + "=" + id.group(2));
			}
		}
		String key = key(path);
		Optional<String> direct = find(key);
		if (direct.isPresent()) {
			return direct;
		}
		Matcher resized = RESIZED.matcher(key);
		if (resized.matches()) {
			return find(resized.group(1) + resized.group(2));
		}
		Matcher paged = PAGED.matcher(key);
		if (paged.matches()) {
			int page = Integer.parseInt(paged.group(2));
			return find(paged.group(1)).map((base) -> (page > 1) ? base + "/page/" + page : base);
		}
		return Optional.empty();
	}

	private static final Pattern ESCAPE = Pattern.compile("%[0-9A-Fa-f]{2}");

	/** An old address as stored: without its trailing slashes, escapes in lower case. */
	static String key(String path) {
		String key = ESCAPE.matcher(path).replaceAll((match) -> match.group().toLowerCase(java.util.Locale.ROOT));
		while (key.length() > 1 && key.endsWith("/")) {
			key = key.substring(0, key.length() - 1);
		}
		return key;
	}

	private Optional<String> find(String key) {
		return this.redirects.findById(key).map(Redirect::newPath);
	}

}
