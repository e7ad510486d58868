package org.vigie.content.wordpress;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.vigie.content.editing.BodyPolicy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WordPress bodies as the classic and the block editor store them, converted to what
 * Vigie stores.
 */
class WordPressHtmlTests {

	private static final WordPressHtml.Links LINKS = new WordPressHtml.Links((url) -> Optional.ofNullable(Map
		.of("https://association.example/une-saison/", "/fr/actualites/une-saison",
				"https://association.example/wp-content/uploads/2018/06/classe.jpg", "/media/img/abc/960.jpg")
		.get(url)), (id) -> (id == 12) ? Optional.of("/media/img/abc/960.jpg") : Optional.empty());

	@Test
	void makesRealParagraphsOfClassicEditorText() {
		String classic = "Premier paragraphe\nsur deux lignes.\n\nSecond paragraphe.\n\n<ul>\n<li>un</li>\n</ul>";

		assertThat(WordPressHtml.convert(classic, LINKS).html()).isEqualTo(
				"<p>Premier paragraphe<br>\nsur deux lignes.</p>\n<p>Second paragraphe.</p>\n<ul>\n<li>un</li>\n</ul>");
	}

	@Test
	void removesBlockEditorCommentsAndKeepsItsMarkup() {
		String blocks = "<!-- wp:paragraph -->\n<p>Texte</p>\n<!-- /wp:paragraph -->\n\n"
				+ "<!-- wp:heading {\"level\":3} -->\n<h3>Titre</h3>\n<!-- /wp:heading -->";

		String html = WordPressHtml.convert(blocks, LINKS).html();

		assertThat(html).contains("<p>Texte</p>", "<h3>Titre</h3>").doesNotContain("wp:", "<!--");
	}

	@Test
	void convertsCaptionsEmbedsVideosAndGalleries() {
		String body = "[caption id=\"attachment_12\" align=\"aligncenter\" width=\"800\"]"
				+ "<img src=\"https://association.example/wp-content/uploads/2018/06/classe.jpg\" alt=\"Une classe\" "
				+ "srcset=\"x 300w\" /> Une classe de Namur[/caption]\n\n"
				+ "[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]\n\n" + "https://vimeo.com/76979871\n\n"
				+ "[video src=\"https://association.example/wp-content/uploads/clip.mp4\"][/video]\n\n"
				+ "[gallery ids=\"12,99\"]\n\n[contact-form-7 id=\"5\"]";

		WordPressHtml.Converted converted = WordPressHtml.convert(body, LINKS);
		String clean = BodyPolicy.clean(converted.html()).html();

		assertThat(clean).contains("<figure><img src=\"/media/img/abc/960.jpg\" alt=\"Une classe\" />",
				"<figcaption>Une classe de Namur</figcaption></figure>",
				"<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>",
				"<iframe src=\"https://player.vimeo.com/video/76979871\"></iframe>", ">clip.mp4</a>");
		assertThat(clean).doesNotContain("srcset", "[caption", "[gallery", "contact-form");
		assertThat(converted.unknown()).containsExactly("[contact-form-7 id=\"5\"]");
	}

	@Test
	void rewritesLinksToTheOldSite() {
		String body = "<p>Lire <a href=\"https://association.example/une-saison/\">la suite</a> ou "
				+ "<a href=\"https://partenaire.example/\">un partenaire</a>.</p>";

		String html = WordPressHtml.convert(body, LINKS).html();

		assertThat(html).contains("href=\"/fr/actualites/une-saison\"", "href=\"https://partenaire.example/\"");
	}

}
