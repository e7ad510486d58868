package org.vigie.advocacy.tracker.web;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.advocacy.tracker.MemberStates;
import org.vigie.advocacy.tracker.Status;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader of the tracker page: the demo directive with its deadline and CELEX link, the
 * fictitious-example notice, the counts, an accessible matrix (caption, headers with
 * scopes, every status in words, links to the evidence) grouped by theme, sorts and
 * filters through plain links, hreflang, a schema.org Dataset, the news posts, the teaser
 * on the advocacy page and the sitemap.
 */
@AdvocacyTest
class TrackerPageTest {

	@Autowired
	private SiteClient site;

	@Autowired
	private TrackerStore tracker;

	@Test
	void showsTheWholeMatrixAsAnAccessibleTableInEveryLanguage() {
		for (Language language : Language.all()) {
			String path = org.vigie.advocacy.web.AdvocacyPaths.tracker(language);
			Document page = this.site.page(path);
			assertThat(page.select("[data-demo-notice]")).as("demo notice in %s", language).isNotEmpty();
			assertThat(page.select("a[data-celex]").attr("href")).contains("CELEX:32011L0093");
			assertThat(page.select("[data-due]").attr("datetime")).isEqualTo("2013-12-18");
			Element table = page.selectFirst("table[data-matrix]");
			assertThat(table.selectFirst("caption").text()).isNotBlank();
			assertThat(table.select("tbody tr[data-state]")).hasSize(27);
			assertThat(table.select("tbody th[scope=row]")).hasSize(27);
			assertThat(table.select("thead th[scope=col][data-article]")).hasSize(14);
			assertThat(table.select("thead th[scope=colgroup]")).hasSizeGreaterThan(3);
			assertThat(table.select("colgroup[data-theme]")).hasSameSizeAs(table.select("thead th[scope=colgroup]"));
			for (Element cell : table.select("td.cell")) {
				assertThat(cell.text()).as("a status in words").isNotBlank();
				assertThat(cell.selectFirst("a").attr("href")).contains("#article-");
			}
			assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).contains("fr", "nl", "en");
			assertThat(page.select("[data-counts] li")).hasSize(Status.values().length);
		}
	}

	@Test
	void describesTheDatasetForSearchEngines() {
		Document page = this.site.page("/en/advocacy/transposition");
		String json = page.select("script[type=application/ld+json]").html();
		assertThat(json).contains("\"@type\":\"Dataset\"",
				"\"license\":\"https://creativecommons.org/licenses/by/4.0/\"", "\"isAccessibleForFree\":true",
				"\"temporalCoverage\":\"2011-12-13/", "/en/advocacy/transposition.csv\"",
				"/en/advocacy/transposition.json\"", "\"creator\"");
	}

	@Test
	void linksTheNewsPostsAboutTheDirective() {
		assertThat(this.site.page("/en/advocacy/transposition").select("[data-news] a").eachAttr("href"))
			.anyMatch((href) -> href.endsWith("/eu-directive-research-27-countries"))
			.anyMatch((href) -> href.endsWith("/eu-directive-recast-our-priorities"));
		assertThat(this.site.page("/fr/plaidoyer/transposition").select("[data-news] a").eachAttr("href"))
			.anyMatch((href) -> href.endsWith("/directive-europeenne-recherche-27-pays"));
	}

	@Test
	void sortsByTheNumberOfArticlesTransposedOrByName() {
		List<Integer> counts = this.site.page("/en/advocacy/transposition?sort=transposed")
			.select("tbody tr[data-state] [data-transposed]")
			.eachText()
			.stream()
			.map(Integer::valueOf)
			.toList();
		assertThat(counts).hasSize(27).isSortedAccordingTo((one, other) -> other - one);
		List<String> names = this.site.page("/nl/beleidswerk/omzetting").select("tbody th[scope=row]").eachText();
		assertThat(names.get(0)).isEqualTo(MemberStates.name("BE", Language.NL));
		assertThat(names).contains("Duitsland", "Zweden");
		assertThat(this.site.page("/fr/plaidoyer/transposition").select("tbody th[scope=row]").eachText().get(0))
			.isEqualTo("Allemagne");
	}

	@Test
	void filtersByThemeStatusAndStates() {
		Document victims = this.site.page("/en/advocacy/transposition?theme=VICTIMS");
		assertThat(victims.select("thead th[data-article]").eachAttr("data-article")).containsExactly("18", "19", "20");
		Document notTransposed = this.site.page("/en/advocacy/transposition?status=NOT_TRANSPOSED");
		assertThat(notTransposed.select("tbody tr[data-state]")).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.select("td[data-status=NOT_TRANSPOSED]")).isNotEmpty());
		assertThat(notTransposed.select("td.cell[data-status]").eachAttr("data-status")).containsOnly("NOT_TRANSPOSED",
				"other");
		Document two = this.site.page("/en/advocacy/transposition?state=BE&state=fr&state=XX&state=%3Cb%3E");
		assertThat(two.select("tbody tr[data-state]").eachAttr("data-state")).containsExactlyInAnyOrder("BE", "FR");
		assertThat(two.select("#state-BE").attr("checked")).isNotNull();
		assertThat(two.select("a[data-reset]")).isNotEmpty();
	}

	@Test
	void ignoresUnknownWordsAndAnswersUnknownInstrumentsWith404() {
		assertThat(this.site.page("/en/advocacy/transposition?sort=%3Cscript%3E&theme=NOPE&status=1")
			.select("tbody tr[data-state]")).hasSize(27);
		assertThat(this.site.get("/en/advocacy/transposition?instrument=nope").statusCode()).isEqualTo(404);
		assertThat(this.site.get("/en/advocacy/transposition?instrument=" + "x".repeat(5000)).statusCode())
			.isEqualTo(404);
		HttpResponse<String> huge = this.site.get("/en/advocacy/transposition?state=" + "BE&state=".repeat(600) + "FR");
		assertThat(huge.statusCode()).isEqualTo(200);
		assertThat(huge.body()).doesNotContain("Exception");
	}

	@Test
	void listsTheInstrumentsAndOpensAnotherOne() {
		TestInstrument own = TestInstrument.create(this.tracker);
		Document page = this.site.page("/en/advocacy/transposition?instrument=" + own.code());
		assertThat(page.select("[data-instrument-link]").eachAttr("data-instrument-link")).contains("2011-93-eu",
				own.code());
		assertThat(page.select("thead th[data-article]").eachAttr("data-article")).containsExactly("1", "2");
		assertThat(page.select("[data-demo-notice]")).isEmpty();
		assertThat(page.select("td.cell[data-status]").eachAttr("data-status")).containsOnly("NOT_ASSESSED");
		assertThat(page.select("a[data-csv]").attr("href")).contains("instrument=" + own.code());
	}

	@Test
	void showsARecordedChangeAtOnceWithItsSource() {
		TestInstrument own = TestInstrument.create(this.tracker);
		String path = "/en/advocacy/transposition?instrument=" + own.code();
		assertThat(this.site.page(path).select("tr[data-state=LU] td[data-status]").first().attr("data-status"))
			.isEqualTo("NOT_ASSESSED");
		this.tracker.record(
				TestInstrument.draft(own.first(), "LU", Status.GOES_FURTHER, LocalDate.of(2022, 5, 1), "Recorded now"),
				"staff@example.org", Instant.now());
		Document page = this.site.page(path);
		assertThat(page.select("tr[data-state=LU] td[data-status]").first().attr("data-status"))
			.isEqualTo("GOES_FURTHER");
		Element change = page.selectFirst("[data-changes] [data-change]");
		assertThat(change.text()).contains("Luxembourg", "Goes further", "Moniteur belge 2016");
		assertThat(change.select("a").eachAttr("href")).contains("https://www.ejustice.just.fgov.be/");
	}

	@Test
	void isASharedPageInThePageCache() {
		HttpResponse<String> first = this.site.get("/en/advocacy/transposition");
		assertThat(first.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("public"));
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(this.site.get("/en/advocacy/transposition", "If-None-Match", etag).statusCode()).isEqualTo(304);
		assertThat(this.site.get("/en/advocacy/transposition?asOf=2016-01-01").headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("public"));
	}

	@Test
	void addsATeaserToTheAdvocacyPage() {
		Document page = this.site.page("/en/advocacy");
		Element teaser = page.selectFirst("[data-tracker-teaser]");
		assertThat(teaser).isNotNull();
		assertThat(teaser.select("[data-demo-notice]")).isNotEmpty();
		assertThat(teaser.select("[data-count]")).hasSize(Status.values().length);
		assertThat(teaser.select("a[data-tracker-link]").attr("href")).isEqualTo("/en/advocacy/transposition");
		assertThat(this.site.page("/fr/plaidoyer").select("[data-tracker-teaser] a[data-tracker-link]").attr("href"))
			.isEqualTo("/fr/plaidoyer/transposition");
	}

	@Test
	void listsTheTrackerCountriesAndArticlesInTheSitemaps() {
		String sitemap = this.site.get("/sitemap-nl.xml").body();
		assertThat(sitemap).contains("/nl/beleidswerk/omzetting</loc>", "/nl/beleidswerk/omzetting/land/be</loc>",
				"/nl/beleidswerk/omzetting/artikel/25</loc>", "/nl/beleidswerk/omzetting/gegevens</loc>");
	}

}
