package org.vigie.site;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How a public handler says that the page it renders may be shared: the same for every
 * reader of the address, whatever their session or query string. Only pages marked so are
 * kept by the page cache and sent with {@code Cache-Control: public}; everything else is
 * {@code no-store} unless its handler says otherwise. Reporting, donation and other
 * personal or form pages are simply never marked.
 * <p>
 * A marked page carries tags, and {@link PageCache#evictTagged} forgets every page with
 * one of them, so a module that changes what its pages show evicts only those pages.
 */
public final class SharedPage {

	/** The request attribute that holds the tags of a shared page. */
	public static final String TAGS = SharedPage.class.getName() + ".tags";

	/** The caching header of shared pages: stored by anyone, revalidated every time. */
	public static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";

	private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9:._-]{0,99}");

	private SharedPage() {
	}

	/**
	 * Marks the response the current request is rendering as shared, with tags to evict
	 * it by.
	 * @param tags lower-case words such as {@code news} or {@code campaign:12}
	 */
	public static void mark(String... tags) {
		ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder
			.currentRequestAttributes();
		mark(attributes.getRequest(), attributes.getResponse(), tags);
	}

	/** Marks the response as shared, with tags to evict it by. */
	public static void mark(HttpServletRequest request, HttpServletResponse response, String... tags) {
		Set<String> all = new LinkedHashSet<>();
		if (request.getAttribute(TAGS) instanceof Set<?> earlier) {
			earlier.forEach((tag) -> all.add((String) tag));
		}
		Arrays.stream(tags).map(SharedPage::checked).forEach(all::add);
		request.setAttribute(TAGS, Set.copyOf(all));
		if (response != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		}
	}

	/**
	 * The tags of the page the request rendered, or {@code null} when it was not shared.
	 */
	@SuppressWarnings("unchecked")
	public static Set<String> tagsOf(HttpServletRequest request) {
		return (request.getAttribute(TAGS) instanceof Set<?> tags) ? (Set<String>) tags : null;
	}

	private static String checked(String tag) {
		if (tag == null || !TAG.matcher(tag).matches()) {
			throw new IllegalArgumentException("A cache tag is a short lower-case word: " + tag);
		}
		return tag;
	}

}
