package org.vigie.content.store;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.site.Language;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class BodyRendererTest {

	private final BodyRenderer renderer = new BodyRenderer(messages());

	@Test
	void turnsYouTubeAndVimeoFramesIntoClickToLoadPlaceholders() {
		Document html = render("<p>Intro</p><iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" title=\"Clip\">"
				+ "</iframe><iframe src=\"https://player.vimeo.com/video/76979871\"></iframe>", Language.NL);

		assertThat(html.select("iframe")).isEmpty();
		assertThat(html.select("figure.video").eachAttr("data-video-src")).containsExactly(
				"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
				"https://player.vimeo.com/video/76979871?autoplay=1&dnt=1");
		assertThat(html.select("figure.video").first().text()).contains("Video afspelen: Clip", "youtube-nocookie.com");
		assertThat(html.select("figure.video").get(1).attr("data-video-title")).isEqualTo("Video");
	}

	@Test
	void dropsForeignFramesScriptsAndEventHandlers() {
		Document html = render("<p onclick=\"steal()\">Text<script>alert(1)</script></p>"
				+ "<iframe src=\"https://evil.example/embed\"></iframe><a href=\"javascript:alert(1)\">x</a>"
				+ "<img src=\"x\" onerror=\"alert(1)\"><vigie-video data-provider=\"youtube\" data-id=\"&quot;x\">",
				Language.EN);

		assertThat(html.select("script, iframe, vigie-video, figure.video")).isEmpty();
		assertThat(html.select("[onclick], [onerror]")).isEmpty();
		assertThat(html.select("a").attr("href")).isEmpty();
		assertThat(html.text()).contains("Text");
	}

	@Test
	void keepsTheEditorsStructure() {
		Document html = render("<h2>Title</h2><ul><li><strong>One</strong></li></ul><blockquote>Quote</blockquote>"
				+ "<figure><img src=\"/media/img/ab12cd/photo.jpg\" alt=\"A\"><figcaption>Caption</figcaption></figure>"
				+ "<a href=\"/fr/plaidoyer\">link</a>", Language.FR);

		assertThat(html.select("h2, ul li strong, blockquote, figure img[alt=A], figcaption")).hasSize(5);
		assertThat(html.selectFirst("a").attr("href")).isEqualTo("/fr/plaidoyer");
	}

	@Test
	void showsImagesOfTheMediaLibraryOnlyWhateverTheStoredBodySays() {
		Document html = render("<p>Text</p><img src=\"/media/img/ab12cd/800.jpg\" alt=\"ours\">"
				+ "<img src=\"https://evil.example/pixel.gif\" alt=\"foreign\">"
				+ "<img src=\"//evil.example/pixel.gif\" alt=\"no scheme\">"
				+ "<img src=\"/media/../admin/logout\" alt=\"dots\">"
				+ "<img src=\"/media/img/%2e%2e/x.jpg\" alt=\"encoded dots\">"
				+ "<img src=\"/admin/staff\" alt=\"elsewhere here\">"
				+ "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"inline\">", Language.FR);

		assertThat(html.select("img").eachAttr("alt")).containsExactly("ours");
		assertThat(html.text()).contains("Text");
	}

	private Document render(String html, Language language) {
		return Jsoup.parseBodyFragment(this.renderer.render(html, language));
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/content");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
