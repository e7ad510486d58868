package org.vigie.advocacy.tracker.web;

import java.time.Instant;
import java.time.LocalDate;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.advocacy.tracker.Assessment;
import org.vigie.advocacy.tracker.Status;
import org.vigie.advocacy.tracker.TrackerStore;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member state's page and a provision's page: every cell with its full evidence (the
 * quote in its own language, the gloss in the reader's) and every version recorded, the
 * corrections marked; unknown states and articles are 404; what staff typed comes out
 * escaped.
 */
@AdvocacyTest
class TrackerCellsTest {

	@Autowired
	private SiteClient site;

	@Autowired
	private TrackerStore tracker;

	@Test
	void showsEachCellsEvidenceAndHistoryOnTheCountryPage() {
		TestInstrument own = TestInstrument.create(this.tracker);
		Assessment first = this.tracker.record(TestInstrument.draft(own.second(), "DE", Status.NOT_TRANSPOSED,
				LocalDate.of(2019, 1, 1), "Nothing yet"), "staff@example.org", Instant.parse("2019-01-05T09:00:00Z"));
		Assessment later = this.tracker.record(
				TestInstrument.draft(own.second(), "DE", Status.PARTLY, LocalDate.of(2021, 1, 1), "Partly now"),
				"staff@example.org", Instant.parse("2021-01-05T09:00:00Z"));
		this.tracker.correct(later.id(),
				TestInstrument.draft(own.second(), "DE", Status.TRANSPOSED, LocalDate.of(2021, 1, 1), "In full"),
				"staff@example.org", Instant.parse("2021-02-05T09:00:00Z"));

		Document page = this.site.page("/en/advocacy/transposition/country/de?instrument=" + own.code());
		assertThat(page.selectFirst("h1").text()).contains("Germany");
		Element cell = page.getElementById("article-2");
		assertThat(cell.select(".evidence__status").text()).contains("Transposed");
		assertThat(cell.select("[data-measure] a").attr("href"))
			.isEqualTo("https://www.ejustice.just.fgov.be/eli/wet/2016/03/01");
		assertThat(cell.select("[data-measure-celex]").text()).isEqualTo("72011L0093BEL_2016");
		assertThat(cell.select("[data-measure-article]").text()).isEqualTo("Art. 433quinquies Sw.");
		assertThat(cell.select("blockquote[data-quote]").attr("lang")).isEqualTo("de");
		assertThat(cell.select("[data-gloss]").text()).contains("Whoever recruits a child");
		assertThat(cell.select("[data-source-kind]").text()).isEqualTo("Official journal");
		assertThat(cell.select("[data-source] a").text()).isEqualTo("Moniteur belge 2016");
		assertThat(cell.select("[data-valid-from]").attr("datetime")).isEqualTo("2021-01-01");
		assertThat(cell.select("[data-note]").text()).isEqualTo("In full");
		assertThat(cell.select("[data-history] tbody tr")).hasSize(3);
		assertThat(cell.select("[data-history] [data-correction]")).hasSize(1);
		assertThat(cell.select("[data-history] [data-replaced]")).hasSize(1);
		assertThat(cell.select("[data-history] tbody tr").first().attr("data-version"))
			.isEqualTo(first.id().toString());
		assertThat(page.getElementById("article-1").text()).contains("Not assessed", "Nobody has assessed");
		assertThat(page.select("link[rel=alternate][hreflang=fr]").attr("href"))
			.endsWith("/fr/plaidoyer/transposition/pays/de");
	}

	@Test
	void showsEveryStateOnTheProvisionPage() {
		Document page = this.site.page("/fr/plaidoyer/transposition/article/25");
		assertThat(page.select("section[data-cell]")).hasSize(27);
		assertThat(page.select("[data-demo-notice]")).isNotEmpty();
		assertThat(page.select("section[data-cell] .evidence__status .status")).hasSize(27);
		assertThat(page.getElementById("state-BE").select("h2 a").attr("href"))
			.isEqualTo("/fr/plaidoyer/transposition/pays/be");
		assertThat(this.site.page("/nl/beleidswerk/omzetting/artikel/6").selectFirst("h1").text()).contains("6");
	}

	@Test
	void answersUnknownStatesAndArticlesWith404() {
		assertThat(this.site.get("/en/advocacy/transposition/country/xx").statusCode()).isEqualTo(404);
		assertThat(this.site.get("/en/advocacy/transposition/country/el").statusCode()).isEqualTo(404);
		assertThat(this.site.get("/en/advocacy/transposition/country/" + "a".repeat(300)).statusCode()).isEqualTo(404);
		assertThat(this.site.get("/en/advocacy/transposition/article/99").statusCode()).isEqualTo(404);
		assertThat(this.site.get("/en/advocacy/transposition/article/%3Cb%3E").statusCode()).isEqualTo(404);
		assertThat(this.site.get("/en/advocacy/transposition/country/be?instrument=nope").statusCode()).isEqualTo(404);
		assertThat(this.site.get("/fr/plaidoyer/transposition/pays/be").statusCode()).isEqualTo(200);
		assertThat(this.site.get("/nl/beleidswerk/omzetting/land/gr").statusCode()).isEqualTo(200);
	}

	@Test
	void escapesWhatStaffTyped() {
		TestInstrument own = TestInstrument.create(this.tracker);
		this.tracker.record(
				TestInstrument.draft(own.first(), "AT", Status.UNCLEAR, LocalDate.of(2022, 2, 1),
						"<script>alert('note')</script><img src=x onerror=alert(1)>"),
				"staff@example.org", Instant.now());
		for (String path : new String[] { "/en/advocacy/transposition/country/at?instrument=" + own.code(),
				"/en/advocacy/transposition/article/1?instrument=" + own.code() }) {
			String body = this.site.get(path).body();
			assertThat(body).doesNotContain("<script>alert").doesNotContain("<img src=x").contains("&lt;script&gt;");
		}
	}

}
