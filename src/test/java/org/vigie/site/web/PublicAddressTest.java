package org.vigie.site.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigie.SiteClient;
import org.vigie.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no public address configured ({@code VIGIE_BASE_URL} unset), the links a crawler
 * or a feed reader follows point to the port the server really listens on, whatever
 * {@code Host} the request named.
 */
@SiteTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "vigie.site.base-url=")
class PublicAddressTest {

	@Autowired
	private SiteClient site;

	@Value("${local.server.port}")
	private int port;

	private String base() {
		return "http://localhost:" + this.port;
	}

	@Test
	void sitemapsListAddressesOnTheListeningPort() {
		Document index = xml("/sitemap.xml");
		Document french = xml("/sitemap-fr.xml");

		assertThat(index.select("sitemap > loc").eachText()).contains(base() + "/sitemap-fr.xml");
		assertThat(french.select("url > loc").eachText()).isNotEmpty().allMatch((loc) -> loc.startsWith(base() + "/"));
		assertThat(this.site.get("/robots.txt").body()).contains("Sitemap: " + base() + "/sitemap.xml");
	}

	@Test
	void feedsLinkToTheListeningPort() {
		Document feed = xml("/en/news/feed.atom");

		assertThat(feed.selectFirst("feed > id").text()).startsWith(base() + "/");
		assertThat(feed.select("entry link[rel=alternate]").eachAttr("href")).isNotEmpty()
			.allMatch((href) -> href.startsWith(base() + "/en/news/"));
	}

	@Test
	void canonicalLinksUseTheListeningPortNotTheRequestedHost() {
		// The client asks for 127.0.0.1: a page that echoed the Host header would say so.
		Document page = this.site.page("/en/advocacy");

		assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(base() + "/en/advocacy");
		assertThat(page.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(base() + "/en/advocacy");
		// First rendered for a request naming another host, so the cache holds what it
		// gave.
		String forged = this.site.raw("/fr/plaidoyer", "fr", "evil.example");
		assertThat(forged).contains("rel=\"canonical\" href=\"" + base() + "/fr/plaidoyer\"")
			.doesNotContain("evil.example");
	}

	@Test
	void theSetUpLineOfAFreshInstallNamesTheListeningPort(CapturedOutput output) {
		this.site.get("/fr/");

		assertThat(output.getAll()).contains("Open " + base() + "/admin/setup and enter this one-time setup token");
	}

	private Document xml(String path) {
		return Jsoup.parse(this.site.get(path).body(), Parser.xmlParser());
	}

}
