package org.vigie.advocacy.tracker.web;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.advocacy.tracker.Assessment;
import org.vigie.advocacy.tracker.Status;
import org.vigie.advocacy.tracker.TrackerCsv;
import org.vigie.advocacy.tracker.TrackerStore;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "As of" a day: the page, its CSV and its JSON show exactly what was published at the
 * end of that day, a later correction left out; a malformed, future or too early day is
 * answered with a 400 that says why, never a 500.
 */
@AdvocacyTest
class TrackerAsOfTest {

	@Autowired
	private SiteClient site;

	@Autowired
	private TrackerStore tracker;

	@Test
	void showsWhatWasPublishedAtTheEndOfADayEvenAfterACorrection() throws Exception {
		TestInstrument own = TestInstrument.create(this.tracker);
		Assessment first = this.tracker.record(
				TestInstrument.draft(own.first(), "PT", Status.PARTLY, LocalDate.of(2020, 1, 1), "First reading"),
				"staff@example.org", Instant.parse("2020-01-02T10:00:00Z"));
		this.tracker.correct(first.id(),
				TestInstrument.draft(own.first(), "PT", Status.TRANSPOSED, LocalDate.of(2020, 1, 1), "Corrected"),
				"staff@example.org", Instant.parse("2021-06-01T10:00:00Z"));
		String query = "?instrument=" + own.code();

		assertThat(status("/en/advocacy/transposition" + query + "&asOf=2019-12-31")).isEqualTo("NOT_ASSESSED");
		assertThat(status("/en/advocacy/transposition" + query + "&asOf=2021-01-01")).isEqualTo("PARTLY");
		assertThat(status("/en/advocacy/transposition" + query + "&asOf=2021-06-01")).isEqualTo("TRANSPOSED");
		assertThat(status("/en/advocacy/transposition" + query)).isEqualTo("TRANSPOSED");
		Document past = this.site.page("/en/advocacy/transposition" + query + "&asOf=2021-01-01");
		assertThat(past.selectFirst("[data-as-of]").text()).contains("January 1, 2021");
		assertThat(past.select("#asOf").attr("value")).isEqualTo("2021-01-01");
		assertThat(past.select("a[data-csv]").attr("href")).contains("asOf=2021-01-01");
		assertThat(past.select("[data-changes-past] a").attr("href")).isEqualTo("/en/advocacy/transposition" + query);

		HttpResponse<String> csv = this.site.get("/nl/beleidswerk/omzetting.csv" + query + "&asOf=2021-01-01");
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).contains("attachment", own.code(), "2021-01-01"));
		CSVRecord portugal = TrackerCsv.FORMAT.builder()
			.setHeader()
			.get()
			.parse(new StringReader(csv.body()))
			.getRecords()
			.stream()
			.filter((row) -> row.get("state").equals("PT") && row.get("article").equals("1"))
			.findFirst()
			.orElseThrow();
		assertThat(portugal.get("status")).isEqualTo("PARTLY");
		assertThat(portugal.get("as_of")).isEqualTo("2021-01-01");
		assertThat(this.site.get("/fr/plaidoyer/transposition.json" + query + "&asOf=2021-01-01").body())
			.contains("\"asOf\":\"2021-01-01\"", "\"status\":\"PARTLY\"")
			.doesNotContain("\"status\":\"TRANSPOSED\"");
	}

	@Test
	void answersAMalformedFutureOrTooEarlyDayWithAClear400() {
		String tomorrow = this.tracker.today().plusDays(1).toString();
		for (String asOf : List.of("garbage", "2021-13-45", "2021-1-1", "%3Cscript%3Ealert(1)%3C/script%3E",
				"9".repeat(4000), tomorrow, "2005-06-01")) {
			HttpResponse<String> page = this.site.get("/en/advocacy/transposition?asOf=" + asOf);
			assertThat(page.statusCode()).as("page as of %s", asOf.substring(0, Math.min(20, asOf.length())))
				.isEqualTo(400);
			Document problem = Jsoup.parse(page.body());
			assertThat(problem.select("[data-problem]").text()).isNotBlank();
			assertThat(problem.select("main a").attr("href")).isEqualTo("/en/advocacy/transposition");
			assertThat(page.body()).doesNotContain("<script>alert");
			HttpResponse<String> csv = this.site.get("/en/advocacy/transposition.csv?asOf=" + asOf);
			assertThat(csv.statusCode()).isEqualTo(400);
			assertThat(csv.body()).isNotBlank().doesNotContain("Exception");
			assertThat(this.site.get("/nl/beleidswerk/omzetting.json?asOf=" + asOf).statusCode()).isEqualTo(400);
		}
		assertThat(Jsoup.parse(this.site.get("/fr/plaidoyer/transposition?asOf=" + tomorrow).body())
			.select("[data-problem]")
			.text()).contains("pas encore arrivé");
		assertThat(Jsoup.parse(this.site.get("/en/advocacy/transposition?asOf=2005-06-01").body())
			.select("[data-problem]")
			.text()).contains("before the instrument was adopted");
	}

	private String status(String path) {
		return this.site.page(path).select("tr[data-state=PT] td[data-status]").first().attr("data-status");
	}

}
