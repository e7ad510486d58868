package org.vigie.site.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.SiteClient;
import org.vigie.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses pasted with a trailing slash, as every WordPress address ends, lead to the
 * page in one permanent redirect, and never to another site.
 */
@SiteTest
class TrailingSlashTest {

	@Autowired
	private SiteClient site;

	@ParameterizedTest
	@ValueSource(strings = { "/fr/actualites", "/nl/nieuws", "/en/news", "/en/news/page/2",
			"/en/news/would-you-react-social-experiment", "/fr/categorie/plaidoyer", "/en/category/campaigns",
			"/en/tag/video", "/en/advocacy", "/nl/campagnes/blue-heart", "/en/campaigns/blue-heart",
			"/fr/campagnes/campagne-blue-heart", "/en/search?q=campaign", "/fr/recherche?q=x", "/en/news/feed.atom",
			"/fr/categorie/plaidoyer/feed.atom", "/sitemap.xml", "/sitemap-nl.xml", "/robots.txt" })
	void anAddressWithATrailingSlashLeadsToThePageInOneRedirect(String address) {
		int query = address.indexOf('?');
		String withSlash = (query < 0) ? address + "/" : address.substring(0, query) + "/" + address.substring(query);

		HttpResponse<String> redirect = this.site.get(withSlash);

		assertThat(redirect.statusCode()).as(withSlash).isEqualTo(301);
		assertThat(redirect.headers().firstValue("Location")).as(withSlash).hasValue(address);
		assertThat(this.site.get(address).statusCode()).as(address).isIn(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/fr/", "/nl/", "/en/" })
	void languageHomesKeepTheirSlashAsTheirOneAddress(String home) {
		String bare = home.substring(0, home.length() - 1);

		assertThat(this.site.get(home).statusCode()).isEqualTo(200);
		assertThat(this.site.get(bare).statusCode()).isEqualTo(301);
		assertThat(this.site.get(bare).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith(home));
		assertThat(this.site.page(home).selectFirst("link[rel=canonical]").attr("href")).endsWith(home);
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example/", "///evil.example/", "/\\evil.example/", "/%2F%2Fevil.example/",
			"/fr/..//evil.example/", "//evil.example/fr/news/" })
	void noAddressRedirectsToAnotherHost(String target) {
		String response = this.site.raw(target, "fr");

		String location = response.lines()
			.filter((line) -> line.regionMatches(true, 0, "Location:", 0, 9))
			.map((line) -> line.substring(9).strip())
			.findFirst()
			.orElse("");
		assertThat(location).as(target).doesNotContain("evil.example");
	}

	@Test
	void addressesOutsideThePublicSiteAreLeftAlone() {
		assertThat(this.site.get("/admin/login/").statusCode()).isNotEqualTo(301);
		assertThat(this.site.get("/never-existed/").statusCode()).isEqualTo(404);
	}

}
