package org.vigie.site.web;

import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.SiteClient;
import org.vigie.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class LanguagesTest {

	private static final String FRENCH_ONLY = "/fr/actualites/colloque-verviers-prostitution-des-jeunes";

	private static final String FRENCH_AND_DUTCH = "/fr/actualites/20-km-de-bruxelles-nos-coureurs";

	private static final String EVERYWHERE = "/fr/actualites/would-you-react-video-exploitation-enfants";

	@Autowired
	private SiteClient site;

	@ParameterizedTest
	@CsvSource({ "'nl-BE,nl;q=0.9,en;q=0.5', /nl/", "'en-GB,en;q=0.8', /en/", "'de-DE,en;q=0.5', /en/", "'de-DE', /fr/",
			"'fr-BE', /fr/" })
	void rootSendsReadersToTheirLanguage(String acceptLanguage, String home) {
		HttpResponse<String> response = this.site.get("/", "Accept-Language", acceptLanguage);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).contains(home);
		assertThat(response.headers().allValues("Vary")).anyMatch((vary) -> vary.contains("Accept-Language"));
	}

	@Test
	void rootWithoutPreferenceOpensTheDefaultLanguage() {
		assertThat(this.site.get("/").headers().firstValue("Location")).contains("/fr/");
		assertThat(this.site.get("/en").headers().firstValue("Location")).contains("/en/");
		assertThat(this.site.get("/en").statusCode()).isEqualTo(301);
	}

	@ParameterizedTest
	@CsvSource({ "/fr/, fr", "/nl/, nl", "/en/, en", "/fr/actualites, fr", "/nl/nieuws, nl", "/en/news, en",
			"/fr/plaidoyer, fr", "/nl/beleidswerk, nl", "/en/advocacy, en", "/nl/zoeken, nl" })
	void everyPageStatesItsLanguageAndItsTranslations(String path, String language) {
		Document page = this.site.page(path);

		assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
		assertThat(hreflangs(page)).containsExactlyInAnyOrder("fr", "nl", "en", "x-default");
		assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080" + path);
		assertThat(page.select(".languages a[aria-current]").text()).isNotEmpty();
	}

	@Test
	void localisedAddressesOnlyWorkInTheirOwnLanguage() {
		assertThat(this.site.get("/fr/actualites").statusCode()).isEqualTo(200);
		assertThat(this.site.get("/nl/nieuws").statusCode()).isEqualTo(200);
		assertThat(this.site.get("/en/news").statusCode()).isEqualTo(200);
		assertThat(this.site.get("/fr/news").statusCode()).isEqualTo(404);
		assertThat(this.site.get("/en/actualites").statusCode()).isEqualTo(404);
		assertThat(this.site.get("/en/recherche").statusCode()).isEqualTo(404);
	}

	@Test
	void switcherLeadsToTheSameItemInEveryLanguageItExistsIn() {
		Document page = this.site.page(EVERYWHERE);

		for (Element link : page.select(".languages a")) {
			String target = link.attr("href");
			assertThat(target).startsWith("/" + link.attr("lang") + "/");
			Document translation = this.site.page(target);
			assertThat(translation.selectFirst("html").attr("lang")).isEqualTo(link.attr("lang"));
			assertThat(translation.select("figure.video")).hasSize(1);
		}
	}

	@Test
	void switcherFallsBackToTheHomeWhenAnItemIsNotTranslated() {
		Document frenchOnly = this.site.page(FRENCH_ONLY);
		assertThat(switchTarget(frenchOnly, "nl")).isEqualTo("/nl/");
		assertThat(switchTarget(frenchOnly, "en")).isEqualTo("/en/");
		assertThat(hreflangs(frenchOnly)).containsExactlyInAnyOrder("fr", "x-default");

		Document frenchAndDutch = this.site.page(FRENCH_AND_DUTCH);
		assertThat(switchTarget(frenchAndDutch, "nl")).startsWith("/nl/nieuws/");
		assertThat(switchTarget(frenchAndDutch, "en")).isEqualTo("/en/");
		assertThat(this.site.get(switchTarget(frenchAndDutch, "nl")).statusCode()).isEqualTo(200);
	}

	@Test
	void xDefaultPointsToTheFrenchVersionOrTheLanguageChooser() {
		assertThat(href(this.site.page("/en/"), "x-default")).isEqualTo("http://localhost:8080/");
		assertThat(href(this.site.page("/en/advocacy"), "x-default")).isEqualTo("http://localhost:8080/fr/plaidoyer");
	}

	@Test
	void interfaceTextIsInThePageLanguage() {
		assertThat(this.site.page("/fr/").select(".skip-link").text()).isEqualTo("Aller au contenu");
		assertThat(this.site.page("/nl/").select(".skip-link").text()).isEqualTo("Naar de inhoud");
		assertThat(this.site.page("/en/").select(".skip-link").text()).isEqualTo("Skip to content");
	}

	private static List<String> hreflangs(Document page) {
		return page.select("link[rel=alternate][hreflang]").eachAttr("hreflang");
	}

	private static String href(Document page, String hreflang) {
		return page.selectFirst("link[rel=alternate][hreflang=" + hreflang + "]").attr("href");
	}

	private static String switchTarget(Document page, String language) {
		return page.selectFirst(".languages a[lang=" + language + "]").attr("href");
	}

}
