package org.vigie.content.editing;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies saved by editors keep their structure and lose anything that could run in a
 * reader's browser: the vectors of OWASP's XSS filter evasion cheat sheet.
 */
class BodyPolicyTests {

	static List<String> vectors() {
		return List.of("<script>alert(1)</script>", "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
				"<IMG SRC=\"javascript:alert('XSS');\">", "<IMG SRC=javascript:alert('XSS')>",
				"<IMG SRC=JaVaScRiPt:alert('XSS')>", "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
				"<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
				"<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">",
				"<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
				"<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
				"<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
				"<IMG SRC=\"jav\tascript:alert('XSS');\">", "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
				"<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
				"<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>",
				"<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>", "<<SCRIPT>alert(\"XSS\");//<</SCRIPT>",
				"<SCRIPT SRC=http://xss.rocks/xss.js?< B >", "<IMG SRC=\"`<javascript:alert>`('XSS')\"",
				"<iframe src=http://xss.rocks/scriptlet.html <", "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
				"<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
				"<BODY BACKGROUND=\"javascript:alert('XSS')\">", "<IMG DYNSRC=\"javascript:alert('XSS')\">",
				"<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
				"<svg/onload=alert('XSS')>", "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
				"<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
				"<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>", "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
				"<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
				"<DIV STYLE=\"width: expression(alert('XSS'));\">", "<BASE HREF=\"javascript:alert('XSS');//\">",
				"<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.rocks/scriptlet.html\"></OBJECT>",
				"<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv\" AllowScriptAccess=\"always\"></EMBED>",
				"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
				"<a href=\"vbscript:msgbox(1)\">x</a>",
				"<form action=\"javascript:alert(1)\"><button>x</button></form>",
				"<math><maction actiontype=statusline xlink:href=javascript:alert(1)>x</maction></math>",
				"<iframe src=\"https://evil.example/embed/abc\"></iframe>",
				"<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
				"<img src=\"https://tracker.example/pixel.gif\" alt=\"x\">", "<a href=\"  javascript:alert(1)\">x</a>");
	}

	@ParameterizedTest
	@MethodSource("vectors")
	void nothingThatRunsSurvives(String vector) {
		String clean = BodyPolicy.clean("<p>Avant</p>" + vector + "<p>Après</p>").html().toLowerCase();

		assertThat(clean).doesNotContain("<script", "javascript:", "vbscript:", "onerror", "onload", "onmouseover",
				"<style", "style=", "<iframe", "<object", "<embed", "<svg", "<math", "<meta", "<link", "<base", "<form",
				"<input", "data:", "expression(", "evil.example", "xss.rocks", "tracker.example", "srcdoc");
		// Text before the vector stays (an unclosed tag may swallow what follows it).
		assertThat(clean).startsWith("<p>avant</p>");
	}

	@Test
	void keepsTheStructureEditorsWrite() {
		String body = "<h2>Titre</h2><p><strong>Gras</strong>, <em>italique</em> et "
				+ "<a href=\"https://example.org/rapport\">un lien</a>.</p><ul><li>un</li></ul><ol><li>deux</li></ol>"
				+ "<blockquote>citation</blockquote><p class=\"ql-align-center\">centré</p>";

		BodyPolicy.Cleaned cleaned = BodyPolicy.clean(body);

		assertThat(cleaned.html()).contains("<h2>Titre</h2>", "<strong>Gras</strong>", "<em>italique</em>",
				"href=\"https://example.org/rapport\"", "rel=\"noopener noreferrer\"", "<ul><li>un</li></ul>",
				"<blockquote>citation</blockquote>", "class=\"ql-align-center\"");
		assertThat(cleaned.changed()).isFalse();
	}

	@Test
	void keepsYouTubeAndVimeoPlayersAndLocalImages() {
		String body = "<iframe class=\"ql-video\" frameborder=\"0\" allowfullscreen=\"true\" "
				+ "src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>"
				+ "<iframe src=\"https://player.vimeo.com/video/76979871\"></iframe>"
				+ "<img src=\"/media/img/abc/960.jpg\" alt=\"Des enfants\">";

		BodyPolicy.Cleaned cleaned = BodyPolicy.clean(body);

		assertThat(cleaned.html()).contains("src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"",
				"src=\"https://player.vimeo.com/video/76979871\"", "src=\"/media/img/abc/960.jpg\"",
				"alt=\"Des enfants\"");
		assertThat(cleaned.imagesWithoutAlt()).isFalse();
	}

	@Test
	void reportsWhatItRemovedAndImagesWithoutAlternative() {
		BodyPolicy.Cleaned cleaned = BodyPolicy.clean("<p onclick=\"x()\">a</p><img src=\"/media/img/a/480.jpg\">");

		assertThat(cleaned.changed()).isTrue();
		assertThat(cleaned.removed()).contains("p@onclick");
		assertThat(cleaned.imagesWithoutAlt()).isTrue();
	}

}
