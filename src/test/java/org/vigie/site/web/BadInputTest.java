package org.vigie.site.web;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.SiteClient;
import org.vigie.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses and queries no reader should send still get a clean page in their language,
 * never a server error or a stack trace.
 */
@SiteTest
class BadInputTest {

	@Autowired
	private SiteClient site;

	@ParameterizedTest
	@CsvSource({ "/de/, 404, fr", "/fr/actualites/cet-article-n-existe-pas, 404, fr",
			"/nl/nieuws/bestaat-niet, 404, nl", "/fr/actualites/page/0, 404, fr", "/fr/actualites/page/-1, 404, fr",
			"/en/news/page/00002, 404, en", "/en/news/page/99999999999999999999, 404, en", "/en/news/page/abc, 404, en",
			"/en/news/page/999, 404, en", "/fr/categorie/inconnue, 404, fr", "/fr/categorie/plaidoyer/page/0, 404, fr",
			"/nl/tag/onbekend, 404, nl", "/en/no/such/page, 404, en", "/fr/recherche?q=ok&page=0, 400, fr",
			"/fr/recherche?q=ok&page=abc, 400, fr", "/en/search?q=ok&page=-4, 400, en",
			"/en/search?q=campaign&page=999, 404, en", "/fr/categorie/a%20b/page/1, 404, fr",
			"/fr/etiquette/%22%3Cx%3E/page/1, 404, fr", "/en/news/page/%D9%A2, 404, en",
			"/nl/zoeken?q=%00drop, 400, nl", "/en/search?q=a%1Bb, 400, en" })
	void answersWithALocalisedPage(String path, int status, String language) {
		HttpResponse<String> response = this.site.get(path, "Accept-Language", "fr");

		assertThat(response.statusCode()).isEqualTo(status);
		assertCleanPage(Jsoup.parse(response.body()), language);
	}

	@Test
	void refusesATenThousandCharacterSearchWithAClearMessage() {
		HttpResponse<String> response = this.site.get("/fr/recherche?q=" + "a".repeat(10_000));

		assertThat(response.statusCode()).isEqualTo(400);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("[role=alert]").text()).contains("200 caractères");
		assertThat(page.selectFirst("#search-query").attr("value")).isEmpty();
		assertCleanPage(page, "fr");
	}

	@Test
	void explainsControlCharactersInTheSearchBox() {
		HttpResponse<String> response = this.site.get("/en/search?q=abc%07def");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(response.body()).select("[role=alert]").text()).contains("invisible");
	}

	@Test
	void unknownAddressesOutsideTheLanguagesFollowTheBrowserLanguage() {
		HttpResponse<String> response = this.site.get("/wp-login.php", "Accept-Language", "nl-BE,nl");

		assertThat(response.statusCode()).isEqualTo(404);
		assertCleanPage(Jsoup.parse(response.body()), "nl");
	}

	@ParameterizedTest
	@CsvSource({ "/fr/%E0%A4%A, fr", "/nl/%C3%28, nl", "/en/%zz, en", "/fr/actualites/%2e%2e/%2e%2e/etc/passwd, fr",
			"/fr/a%2Fb, fr", "/nl/nieuws;jsessionid=1, nl" })
	void malformedAddressesGetALocalisedBadRequest(String target, String language) {
		String response = this.site.raw(target, "en");

		assertThat(response).startsWith("HTTP/1.1 400");
		String body = response.substring(response.indexOf("\r\n\r\n") + 4);
		assertCleanPage(Jsoup.parse(body), language);
	}

	@Test
	void otherMethodsThanGetAreRefusedCleanly() throws Exception {
		java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
		HttpResponse<String> response = client
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(this.site.url("/en/news")))
				.method("DELETE", java.net.http.HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isIn(403, 405);
		assertThat(response.body()).doesNotContain("Exception");
	}

	private static void assertCleanPage(Document page, String language) {
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
		assertThat(page.select("h1").text()).isNotBlank();
		assertThat(page.select("a[href=/" + language + "/]")).isNotEmpty();
		assertThat(page.html()).doesNotContain("Exception", "at org.", "Whitelabel", "Tomcat", "??");
	}

}
