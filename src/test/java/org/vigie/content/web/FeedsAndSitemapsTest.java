package org.vigie.content.web;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import com.thaiopensource.relaxng.jaxp.CompactSyntaxSchemaFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.SiteClient;
import org.vigie.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds and sitemaps validate against their published schemas and lead to real pages.
 */
@SiteTest
class FeedsAndSitemapsTest {

	@Autowired
	private SiteClient site;

	@ParameterizedTest
	@ValueSource(strings = { "/fr/actualites/feed.atom", "/nl/nieuws/feed.atom", "/en/news/feed.atom",
			"/fr/categorie/plaidoyer/feed.atom", "/en/category/campaigns/feed.atom" })
	void atomFeedsAreValidAndLinkToPublishedPosts(String path) throws Exception {
		HttpResponse<String> response = this.site.get(path);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/atom+xml"));
		Schema atom = new CompactSyntaxSchemaFactory().newSchema(resource("/schemas/atom.rnc"));
		atom.newValidator().validate(new StreamSource(new StringReader(response.body())));

		Document feed = Jsoup.parse(response.body(), Parser.xmlParser());
		// The rules RELAX NG cannot express: an author for the feed, an alternate link
		// per entry.
		assertThat(feed.select("feed > author > name").text()).isNotBlank();
		assertThat(feed.select("entry")).isNotEmpty().allSatisfy((entry) -> {
			Element link = entry.selectFirst("link[rel=alternate]");
			assertThat(link).isNotNull();
			assertThat(entry.select("content[type=html]").text()).isNotBlank();
		});
		String first = feed.selectFirst("entry link[rel=alternate]").attr("href").replace("http://localhost:8080", "");
		assertThat(this.site.get(first).statusCode()).isEqualTo(200);
	}

	@Test
	void feedOfAnUnknownCategoryIsNotFound() {
		assertThat(this.site.get("/fr/categorie/inconnue/feed.atom").statusCode()).isEqualTo(404);
	}

	@Test
	void sitemapIndexIsValidAndNamesOneSitemapPerLanguage() throws Exception {
		HttpResponse<String> response = this.site.get("/sitemap.xml");

		xsd("/schemas/siteindex.xsd").newValidator().validate(new StreamSource(new StringReader(response.body())));
		Document index = Jsoup.parse(response.body(), Parser.xmlParser());
		assertThat(index.select("sitemap > loc").eachText()).containsExactly("http://localhost:8080/sitemap-fr.xml",
				"http://localhost:8080/sitemap-nl.xml", "http://localhost:8080/sitemap-en.xml");
	}

	@ParameterizedTest
	@ValueSource(strings = { "fr", "nl", "en" })
	void languageSitemapsAreValidWithTheirAlternates(String language) throws Exception {
		HttpResponse<String> response = this.site.get("/sitemap-" + language + ".xml");

		xsd("/schemas/sitemap-with-xhtml.xsd").newValidator()
			.validate(new StreamSource(new StringReader(response.body())));
		Document sitemap = Jsoup.parse(response.body(), Parser.xmlParser());
		assertThat(sitemap.select("url > loc").eachText()).hasSizeGreaterThan(20)
			.allMatch((loc) -> loc.startsWith("http://localhost:8080/" + language + "/"))
			.contains("http://localhost:8080/" + language + "/");
		Element advocacy = sitemap.select("url")
			.stream()
			.filter((url) -> url.selectFirst("loc").text().matches(".*/(plaidoyer|beleidswerk|advocacy)$"))
			.findFirst()
			.orElseThrow();
		assertThat(advocacy.select("xhtml|link").eachAttr("hreflang")).containsExactlyInAnyOrder("fr", "nl", "en");
		for (String loc : sitemap.select("url > loc").eachText().subList(0, 8)) {
			assertThat(this.site.get(loc.replace("http://localhost:8080", "")).statusCode()).as(loc).isEqualTo(200);
		}
	}

	@Test
	void robotsAnnouncesTheSitemapAndKeepsCrawlersOutOfTheBackOffice() {
		String robots = this.site.get("/robots.txt").body();

		assertThat(robots).contains("Disallow: /admin/").contains("Sitemap: http://localhost:8080/sitemap.xml");
	}

	private static Schema xsd(String path) throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		return factory.newSchema(resource(path));
	}

	private static URL resource(String path) {
		return FeedsAndSitemapsTest.class.getResource(path);
	}

}
