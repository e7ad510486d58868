package org.vigie.site.web;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.SiteTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What search engines and link previews read: OpenGraph, JSON-LD, canonical addresses.
 */
@SiteTest
class SeoTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private SiteClient site;

	@Test
	void homeDescribesTheOrganisationAndTheWebsite() {
		Document home = this.site.page("/nl/");

		assertThat(types(home)).contains("Organization", "WebSite");
		JsonNode website = node(home, "WebSite");
		assertThat(website.path("potentialAction").path("target").asString())
			.isEqualTo("http://localhost:8080/nl/zoeken?q={search_term_string}");
		assertThat(meta(home, "og:type")).isEqualTo("website");
		assertThat(meta(home, "og:locale")).isEqualTo("nl_BE");
	}

	@Test
	void postsAreArticlesWithBreadcrumbsAndPreviews() {
		String path = "/en/news/training-2026-2027-new-season";
		Document post = this.site.page(path);

		JsonNode article = node(post, "NewsArticle");
		assertThat(article.path("headline").asString()).isEqualTo(post.selectFirst("h1").text());
		assertThat(article.path("inLanguage").asString()).isEqualTo("en");
		assertThat(article.path("datePublished").asString()).startsWith("2026-");
		assertThat(article.path("image").asString()).startsWith("http://localhost:8080/demo/");
		JsonNode crumbs = node(post, "BreadcrumbList").path("itemListElement");
		assertThat(crumbs.size()).isEqualTo(2);
		assertThat(crumbs.get(1).path("item").asString()).isEqualTo("http://localhost:8080" + path);
		assertThat(meta(post, "og:type")).isEqualTo("article");
		assertThat(meta(post, "og:url")).isEqualTo("http://localhost:8080" + path);
		assertThat(meta(post, "og:image")).startsWith("http://localhost:8080/demo/");
		assertThat(post.selectFirst("meta[name=description]").attr("content")).isNotBlank();
		assertThat(post.title()).endsWith(" · Vigie");
	}

	@Test
	void structuredDataCannotBreakOutOfItsScript() {
		Document page = this.site.page("/fr/plaidoyer");

		String script = page.selectFirst("script[type=application/ld+json]").data();
		assertThat(script).doesNotContain("</");
		assertThat(types(page)).contains("BreadcrumbList");
	}

	private List<String> types(Document page) {
		List<String> types = new ArrayList<>();
		graph(page).forEach((node) -> types.add(node.path("@type").asString()));
		return types;
	}

	private JsonNode node(Document page, String type) {
		for (JsonNode node : graph(page)) {
			if (node.path("@type").asString().equals(type)) {
				return node;
			}
		}
		throw new AssertionError("No " + type + " in the page's JSON-LD");
	}

	private JsonNode graph(Document page) {
		JsonNode document = this.json.readTree(page.selectFirst("script[type=application/ld+json]").data());
		assertThat(document.path("@context").asString()).isEqualTo("https://schema.org");
		return document.path("@graph");
	}

	private static String meta(Document page, String property) {
		return page.selectFirst("meta[property=" + property + "]").attr("content");
	}

}
