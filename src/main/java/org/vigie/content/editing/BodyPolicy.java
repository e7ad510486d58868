package org.vigie.content.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.vigie.content.store.LibraryImages;

/**
 * The allow-list every body passes through when an editor saves it (OWASP Java HTML
 * Sanitizer). Text structure, links to the web and mail, images of this site's media
 * library and YouTube or Vimeo players survive; scripts, styles, event handlers,
 * {@code javascript:} addresses and every other frame do not.
 */
public final class BodyPolicy {

	/** The players the public site turns into click-to-load placeholders. */
	private static final Pattern VIDEO = Pattern.compile(
			"^https://(?:www\\.)?(?:youtube\\.com|youtube-nocookie\\.com)/embed/[A-Za-z0-9_-]{6,20}(?:\\?[A-Za-z0-9=&_-]{0,100})?$"
					+ "|^https://player\\.vimeo\\.com/video/[0-9]{3,12}(?:\\?[A-Za-z0-9=&_-]{0,100})?$");

	/** The classes the editor uses for alignment, indentation and video frames. */
	private static final Pattern EDITOR_CLASS = Pattern.compile(
			"^(?:ql-align-(?:center|right|justify)|ql-indent-[1-8]|ql-video)(?: (?:ql-align-(?:center|right|justify)|ql-indent-[1-8]|ql-video))*$");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "h1", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup",
				"blockquote", "pre", "code", "ul", "ol", "li", "figure", "figcaption", "hr", "table", "caption",
				"thead", "tbody", "tr", "th", "td")
		.allowElements("a")
		.allowAttributes("href")
		.onElements("a")
		.allowAttributes("title")
		.onElements("a")
		.allowStandardUrlProtocols()
		.requireRelsOnLinks("noopener", "noreferrer")
		.allowElements("img")
		.allowAttributes("src")
		.matching(LibraryImages.ADDRESS)
		.onElements("img")
		.allowAttributes("alt", "width", "height")
		.onElements("img")
		.allowElements("iframe")
		.allowAttributes("src")
		.matching(VIDEO)
		.onElements("iframe")
		.allowAttributes("title")
		.onElements("iframe")
		.allowAttributes("class")
		.matching(EDITOR_CLASS)
		.globally()
		.allowAttributes("colspan", "rowspan")
		.matching(Pattern.compile("^[1-9][0-9]?$"))
		.onElements("td", "th")
		.allowAttributes("scope")
		.matching(Pattern.compile("^(?:row|col)$"))
		.onElements("th")
		.toFactory();

	private BodyPolicy() {
	}

	/**
	 * Cleans a body.
	 * @param html what the editor sent
	 * @return the clean body and what had to be removed from it
	 */
	public static Cleaned clean(String html) {
		List<String> removed = new ArrayList<>();
		String clean = POLICY.sanitize(html, new HtmlChangeListener<List<String>>() {

			@Override
			public void discardedTag(List<String> context, String elementName) {
				context.add(elementName);
			}

			@Override
			public void discardedAttributes(List<String> context, String tagName, String... attributeNames) {
				for (String attribute : attributeNames) {
					context.add(tagName + "@" + attribute);
				}
			}

		}, removed);
		// An iframe whose address was refused is an empty frame: drop it altogether.
		var document = Jsoup.parseBodyFragment(clean);
		boolean emptied = false;
		for (Element frame : document.select("iframe:not([src])")) {
			frame.remove();
			emptied = true;
		}
		if (emptied) {
			document.outputSettings().prettyPrint(false);
			clean = document.body().html();
		}
		boolean imagesWithoutAlt = document.select("img").stream().anyMatch((img) -> img.attr("alt").isBlank());
		return new Cleaned(clean, List.copyOf(removed), imagesWithoutAlt);
	}

	/**
	 * A cleaned body.
	 *
	 * @param html the body to store
	 * @param removed the elements and attributes the policy removed ({@code tag} or
	 * {@code tag@attribute})
	 * @param imagesWithoutAlt whether an image lacks a text alternative
	 */
	public record Cleaned(String html, List<String> removed, boolean imagesWithoutAlt) {

		/** Whether anything was removed that a reader would have seen or run. */
		public boolean changed() {
			return !this.removed.isEmpty();
		}

	}

}
