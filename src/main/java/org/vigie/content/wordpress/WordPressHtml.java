package org.vigie.content.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Turns a WordPress body into the HTML Vigie stores (before the editor's sanitiser):
 * block editor comments removed, automatic paragraphs made real, the common shortcodes
 * converted ({@code [caption]}, {@code [embed]}, {@code [gallery]}, {@code [video]}),
 * YouTube and Vimeo addresses turned into the players the public site shows after a
 * click, and links and images that point at the old site rewritten to new addresses.
 */
public final class WordPressHtml {

	private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:[^>]*?-->");

	private static final Pattern CAPTION = Pattern.compile("\\[caption([^\\]]*)\\](.*?)\\[/caption\\]",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern EMBED = Pattern.compile("\\[embed[^\\]]*\\](.*?)\\[/embed\\]",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern VIDEO = Pattern.compile("\\[video([^\\]]*)\\](?:\\s*\\[/video\\])?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern GALLERY = Pattern.compile("\\[gallery([^\\]]*)\\]", Pattern.CASE_INSENSITIVE);

	private static final Pattern ATTRIBUTE = Pattern.compile("([a-z0-9_]+)\\s*=\\s*\"([^\"]*)\"",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern OTHER_SHORTCODE = Pattern.compile("\\[/?[a-z][a-z0-9_-]*(?:\\s[^\\]]*)?\\]",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern LONE_URL = Pattern.compile("(?m)^\\s*(https?://\\S+)\\s*$");

	private static final Pattern YOUTUBE = Pattern.compile(
			"^https?://(?:www\\.|m\\.)?(?:youtube\\.com/watch\\?(?:.*&)?v=|youtu\\.be/|youtube\\.com/embed/)([A-Za-z0-9_-]{6,20})");

	private static final Pattern VIMEO = Pattern
		.compile("^https?://(?:www\\.|player\\.)?vimeo\\.com/(?:video/)?([0-9]{3,12})");

	private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
			"li", "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "figure", "figcaption", "iframe",
			"hr", "dl", "dt", "dd", "section", "address");

	private static final Pattern STARTS_WITH_BLOCK = Pattern.compile("^<(/?)([a-z0-9]+)[\\s>/]",
			Pattern.CASE_INSENSITIVE);

	private WordPressHtml() {
	}

	/**
	 * How to reach what the old site linked to.
	 *
	 * @param newAddress the new address of an old site's URL (a post, a page, an upload),
	 * or empty to leave the URL as it is
	 * @param attachment the new address of an uploaded image by its WordPress id, for
	 * galleries
	 */
	public record Links(Function<String, Optional<String>> newAddress, Function<Long, Optional<String>> attachment) {

		public static Links none() {
			return new Links((url) -> Optional.empty(), (id) -> Optional.empty());
		}

	}

	/**
	 * The body to store, with the shortcodes it could not convert listed in
	 * {@code unknown}.
	 */
	public record Converted(String html, List<String> unknown) {
	}

	public static Converted convert(String content, Links links) {
		List<String> unknown = new ArrayList<>();
		boolean blocks = content.contains("<!-- wp:");
		String html = BLOCK_COMMENT.matcher(content).replaceAll("");
		html = replace(CAPTION, html, (m) -> caption(m.group(1), m.group(2)));
		html = replace(EMBED, html, (m) -> embed(m.group(1).strip()));
		html = replace(VIDEO, html, (m) -> video(attributes(m.group(1))));
		html = replace(GALLERY, html, (m) -> gallery(attributes(m.group(1)), links));
		html = replace(OTHER_SHORTCODE, html, (m) -> {
			unknown.add(m.group());
			return "";
		});
		html = replace(LONE_URL, html, (m) -> player(m.group(1)).orElse(m.group()));
		html = blocks ? html.strip() : paragraphs(html);
		return new Converted(rewrite(html, links), List.copyOf(unknown));
	}

	/**
	 * WordPress's automatic paragraphs: blank lines separate paragraphs, newlines break
	 * lines.
	 */
	static String paragraphs(String html) {
		StringBuilder out = new StringBuilder();
		for (String chunk : html.replace("\r\n", "\n").split("\n\\s*\n")) {
			String text = chunk.strip();
			if (text.isEmpty()) {
				continue;
			}
			Matcher tag = STARTS_WITH_BLOCK.matcher(text);
			if (tag.find() && BLOCK_TAGS.contains(tag.group(2).toLowerCase(java.util.Locale.ROOT))) {
				out.append(text).append('\n');
			}
			else {
				out.append("<p>").append(text.replace("\n", "<br>\n")).append("</p>\n");
			}
		}
		return out.toString().strip();
	}

	private static String caption(String attributes, String inner) {
		Document fragment = Jsoup.parseBodyFragment(inner.strip());
		Element image = fragment.selectFirst("img");
		if (image == null) {
			return inner;
		}
		Element top = (image.parent() != null && "a".equals(image.parent().normalName())) ? image.parent() : image;
		String imageHtml = top.outerHtml();
		top.remove();
		String caption = fragment.body().html().strip();
		if (caption.isEmpty()) {
			caption = Jsoup.clean(attributes(attributes).getOrDefault("caption", ""), Safelist.none());
		}
		return "<figure>" + imageHtml + (caption.isEmpty() ? "" : "<figcaption>" + caption + "</figcaption>")
				+ "</figure>";
	}

	private static String embed(String url) {
		return player(url).orElseGet(() -> "<p><a href=\"" + escape(url) + "\">" + escape(url) + "</a></p>");
	}

	private static String video(java.util.Map<String, String> attributes) {
		String source = attributes.getOrDefault("src",
				attributes.getOrDefault("mp4", attributes.getOrDefault("webm", "")));
		if (source.isEmpty()) {
			return "";
		}
		return player(source).orElseGet(
				() -> "<p><a href=\"" + escape(source) + "\">" + escape(source.replaceAll(".*/", "")) + "</a></p>");
	}

	private static String gallery(java.util.Map<String, String> attributes, Links links) {
		StringBuilder figure = new StringBuilder("<figure>");
		for (String id : attributes.getOrDefault("ids", "").split(",")) {
			String trimmed = id.strip();
			if (trimmed.matches("[0-9]{1,12}")) {
				links.attachment()
					.apply(Long.parseLong(trimmed))
					.ifPresent((src) -> figure.append("<img src=\"").append(escape(src)).append("\" alt=\"\">"));
			}
		}
		return (figure.length() > "<figure>".length()) ? figure.append("</figure>").toString() : "";
	}

	/**
	 * The click-to-load player for a YouTube or Vimeo address, as the editor stores it.
	 */
	static Optional<String> player(String url) {
		Matcher youtube = YOUTUBE.matcher(url);
		if (youtube.find()) {
			return Optional.of("<iframe src=\"https://www.youtube.com/embed/" + youtube.group(1) + "\"></iframe>");
		}
		Matcher vimeo = VIMEO.matcher(url);
		if (vimeo.find()) {
			return Optional.of("<iframe src=\"https://player.vimeo.com/video/" + vimeo.group(1) + "\"></iframe>");
		}
		return Optional.empty();
	}

	private static String rewrite(String html, Links links) {
		Document document = Jsoup.parseBodyFragment(html);
		for (Element link : document.select("a[href]")) {
			links.newAddress().apply(link.attr("href")).ifPresent((address) -> link.attr("href", address));
		}
		for (Element image : document.select("img[src]")) {
			links.newAddress().apply(image.attr("src")).ifPresent((address) -> image.attr("src", address));
			image.removeAttr("srcset");
			image.removeAttr("sizes");
		}
		document.outputSettings().prettyPrint(false);
		return document.body().html();
	}

	private static java.util.Map<String, String> attributes(String text) {
		java.util.Map<String, String> attributes = new java.util.LinkedHashMap<>();
		Matcher matcher = ATTRIBUTE.matcher(text);
		while (matcher.find()) {
			attributes.put(matcher.group(1).toLowerCase(java.util.Locale.ROOT), matcher.group(2));
		}
		return attributes;
	}

	private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
