package org.vigie.site.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.HtmlChecker;
import org.vigie.SiteClient;
import org.vigie.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page the sitemaps list, and the pages they do not (a listing's second
 * page, search with and without results, "not found"), is valid HTML by the W3C Nu HTML
 * Checker in each language: assistive technologies and browsers read what we mean.
 */
@SiteTest
class HtmlValidityTest {

	@Autowired
	private SiteClient site;

	@ParameterizedTest
	@ValueSource(strings = { "fr", "nl", "en" })
	void everyPublicPageTypeIsValidHtml(String code) {
		Words words = Words.of(code);
		Set<String> paths = new LinkedHashSet<>(sitemapPaths(code));
		assertThat(paths).as("the sitemap lists the home, listing, posts and pages")
			.contains("/" + code + "/", words.news, words.childPage)
			.anyMatch((path) -> path.startsWith(words.news + "/"));
		paths.add(words.news + "/page/2");
		paths.add(words.search + "?q=" + words.searchWord);
		paths.add(words.search + "?q=zzxqwv");
		paths.add(words.search);

		List<String> errors = new ArrayList<>();
		Set<String> archives = new LinkedHashSet<>();
		for (String path : paths) {
			String html = body(path, 200);
			errors.addAll(HtmlChecker.check(path, html).errorsNotingWarnings());
			Jsoup.parse(html).select(".terms a[href]").eachAttr("href").forEach(archives::add);
		}
		assertThat(archives).as("posts link to category and tag archives")
			.anyMatch((path) -> path.startsWith(words.category + "/"))
			.anyMatch((path) -> path.startsWith(words.tag + "/"));
		for (String path : archives) {
			errors.addAll(HtmlChecker.check(path, body(path, 200)).errorsNotingWarnings());
		}
		String missing = "/" + code + "/no-such-page";
		errors.addAll(HtmlChecker.check(missing, body(missing, 404)).errorsNotingWarnings());

		assertThat(errors).isEmpty();
	}

	private List<String> sitemapPaths(String code) {
		String xml = body("/sitemap-" + code + ".xml", 200);
		return Jsoup.parse(xml, Parser.xmlParser())
			.select("url > loc")
			.eachText()
			.stream()
			.map((loc) -> loc.replaceFirst("^https?://[^/]+", ""))
			.toList();
	}

	private String body(String path, int status) {
		HttpResponse<String> response = this.site.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(status);
		return response.body();
	}

	/** The addresses of each kind of page in one language, as readers know them. */
	private record Words(String news, String category, String tag, String search, String searchWord, String childPage) {

		static Words of(String code) {
			return switch (code) {
				case "fr" -> new Words("/fr/actualites", "/fr/categorie", "/fr/etiquette", "/fr/recherche", "campagne",
						"/fr/campagnes/campagne-blue-heart");
				case "nl" -> new Words("/nl/nieuws", "/nl/categorie", "/nl/tag", "/nl/zoeken", "evenement",
						"/nl/campagnes/blue-heart");
				default -> new Words("/en/news", "/en/category", "/en/tag", "/en/search", "campaign",
						"/en/campaigns/blue-heart");
			};
		}

	}

}
