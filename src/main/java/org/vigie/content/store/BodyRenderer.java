package org.vigie.content.store;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.vigie.site.Language;

import org.springframework.context.MessageSource;

/**
 * Turns a stored body into the HTML a reader gets: cleaned once more against an
 * allow-list, and with YouTube and Vimeo players replaced by a local placeholder that
 * loads the player only when the reader asks for it. Every other frame is dropped. Bodies
 * are rendered when they are saved ({@link RenderedBodies}), not when they are read.
 */
public class BodyRenderer {

	private static final Pattern YOUTUBE = Pattern
		.compile("^https?://(?:www\\.)?(?:youtube\\.com|youtube-nocookie\\.com)/embed/([A-Za-z0-9_-]{6,20})");

	private static final Pattern VIMEO = Pattern.compile("^https?://player\\.vimeo\\.com/video/([0-9]{3,12})");

	private static final Safelist ALLOWED = Safelist.relaxed()
		.addTags("figure", "figcaption")
		.addAttributes("a", "rel")
		.removeProtocols("img", "src", "http", "https")
		.addTags("vigie-video")
		.addAttributes("vigie-video", "data-provider", "data-id", "data-title")
		.preserveRelativeLinks(true);

	private final MessageSource messages;

	public BodyRenderer(MessageSource messages) {
		this.messages = messages;
	}

	/** The reader's HTML of a stored body. */
	public String render(String storedHtml, Language language) {
		return rendered(storedHtml, language).body().html();
	}

	/** The reader's HTML of a stored body, as a document to read more from. */
	Document rendered(String storedHtml, Language language) {
		Document document = Jsoup.parseBodyFragment(storedHtml);
		for (Element frame : document.select("iframe")) {
			Optional<Video> video = Video.of(frame.attr("src"), frame.attr("title"));
			if (video.isPresent()) {
				frame.replaceWith(new Element("vigie-video").attr("data-provider", video.get().provider())
					.attr("data-id", video.get().id())
					.attr("data-title", video.get().title()));
			}
			else {
				frame.remove();
			}
		}
		Document clean = Jsoup.parseBodyFragment(Jsoup.clean(document.body().html(), "https://localhost/", ALLOWED));
		// Images come from the media library only, whatever the stored body says (the
		// Content-Security-Policy blocks other hosts as well); the page's own title is
		// its
		// only first-level heading.
		for (Element image : clean.select("img")) {
			if (!LibraryImages.isLibraryAddress(image.attr("src"))) {
				image.remove();
			}
		}
		clean.select("h1").tagName("h2");
		for (Element marker : clean.select("vigie-video")) {
			Video video = new Video(marker.attr("data-provider"), marker.attr("data-id"), marker.attr("data-title"));
			if (video.isValid()) {
				marker.replaceWith(placeholder(video, language));
			}
			else {
				marker.remove();
			}
		}
		clean.outputSettings().prettyPrint(false);
		return clean;
	}

	private Element placeholder(Video video, Language language) {
		String title = video.title().isBlank() ? message("video.untitled", language) : video.title();
		Element figure = new Element("figure").addClass("video")
			.attr("data-video-src", video.playerUrl())
			.attr("data-video-title", title);
		Element button = figure.appendElement("button").attr("type", "button").addClass("video__play");
		button.appendElement("span").addClass("video__icon").attr("aria-hidden", "true").text("▶");
		button.appendElement("span").text(message("video.play", language) + " " + title);
		Element caption = figure.appendElement("figcaption");
		caption.appendElement("span")
			.addClass("video__notice")
			.text(message("video.notice." + video.provider(), language));
		caption.appendText(" ");
		caption.appendElement("a")
			.attr("href", video.pageUrl())
			.text(message("video.open." + video.provider(), language));
		return figure;
	}

	private String message(String key, Language language) {
		return this.messages.getMessage(key, null, language.locale());
	}

	/**
	 * A video of a known provider.
	 */
	record Video(String provider, String id, String title) {

		static Optional<Video> of(String src, String title) {
			String source = src.trim();
			Matcher youtube = YOUTUBE.matcher(source);
			if (youtube.find()) {
				return Optional.of(new Video("youtube", youtube.group(1), title));
			}
			Matcher vimeo = VIMEO.matcher(source);
			if (vimeo.find()) {
				return Optional.of(new Video("vimeo", vimeo.group(1), title));
			}
			return Optional.empty();
		}

		boolean isValid() {
			return ("youtube".equals(this.provider) && this.id.matches("[A-Za-z0-9_-]{6,20}"))
					|| ("vimeo".equals(this.provider) && this.id.matches("[0-9]{3,12}"));
		}

		String playerUrl() {
			return "youtube".equals(this.provider) ? "https://www.youtube-nocookie.com/embed/" + this.id + "?autoplay=1"
					: "https://player.vimeo.com/video/" + this.id + "?autoplay=1&dnt=1";
		}

		String pageUrl() {
			return "youtube".equals(this.provider) ? "https://www.youtube.com/watch?v=" + this.id
					: "https://vimeo.com/" + this.id;
		}

	}

}
