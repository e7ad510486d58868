package org.vigie.content.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.SiteTest;
import org.vigie.content.search.SearchIndex;
import org.vigie.content.search.SearchIndexer;
import org.vigie.site.PageCache;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class SearchPagesTest {

	@Autowired
	private SiteClient site;

	@Autowired
	private SearchIndex index;

	@Autowired
	private SearchIndexer indexer;

	@Autowired
	private PageCache pages;

	@Test
	void findsAccentedWordsTypedWithoutAccentsAndHighlightsThem() {
		Document results = this.site.page("/fr/recherche?q=evenement");

		assertThat(results.select(".hit")).isNotEmpty();
		assertThat(results.select(".hit__snippet mark").eachText()).anyMatch((word) -> word.startsWith("évènement"));
		assertThat(results.select(".search-count").text()).contains("« evenement »");
		assertThat(results.selectFirst("#search-query").attr("value")).isEqualTo("evenement");
		String first = results.selectFirst(".hit__title a").attr("href");
		assertThat(this.site.get(first).statusCode()).isEqualTo(200);
	}

	@Test
	void findsPluralsFromTheSingularInEachLanguage() {
		assertThat(this.site.page("/fr/recherche?q=campagne").select(".hit")).isNotEmpty();
		assertThat(this.site.page("/nl/zoeken?q=evenementen").select(".hit")).isNotEmpty();
		assertThat(this.site.page("/en/search?q=campaign").select(".hit__snippet mark").eachText())
			.anyMatch((word) -> word.toLowerCase().startsWith("campaign"));
	}

	@Test
	void findsPagesAsWellAsPosts() {
		Document results = this.site.page("/en/search?q=Golondrina");

		assertThat(results.select(".hit__title a").eachAttr("href")).contains("/en/advocacy");
	}

	@Test
	void paginatesResultsOnAddressesThatKeepTheQuery() {
		Document first = this.site.page("/fr/recherche?q=enfants");

		assertThat(first.select(".hit")).hasSize(10);
		String next = first.selectFirst(".pagination a[rel=next]").attr("href");
		assertThat(next).isEqualTo("/fr/recherche?q=enfants&page=2");
		assertThat(this.site.page(next).select(".hit")).isNotEmpty();
	}

	@Test
	void saysSoWhenNothingMatches() {
		Document results = this.site.page("/nl/zoeken?q=xylofoonquintet");

		assertThat(results.select(".hit")).isEmpty();
		assertThat(results.select(".search-count").text()).startsWith("Geen resultaten");
	}

	@Test
	void rebuildsAMissingIndexFromTheDatabase() {
		long size = this.index.size();
		this.index.replaceAll(java.util.List.of());
		this.pages.evictAll();
		assertThat(this.site.page("/fr/recherche?q=evenement").select(".hit")).isEmpty();

		this.indexer.rebuildIfNeeded();
		this.pages.evictAll();

		assertThat(this.index.size()).isEqualTo(size);
		assertThat(this.site.page("/fr/recherche?q=evenement").select(".hit")).isNotEmpty();
	}

}
