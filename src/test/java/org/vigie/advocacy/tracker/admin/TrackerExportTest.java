package org.vigie.advocacy.tracker.admin;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.advocacy.Advocates;
import org.vigie.advocacy.tracker.Assessment;
import org.vigie.advocacy.tracker.AssessmentDraft;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.SourceKind;
import org.vigie.advocacy.tracker.Status;
import org.vigie.advocacy.tracker.TrackerCsv;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back-office export: the whole matrix (or as it stood at the end of a day) as the
 * dataset's CSV, audited, with every cell a spreadsheet would run as a formula
 * neutralised, and read back unchanged by the import.
 */
@AdvocacyTest
class TrackerExportTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private TrackerStore tracker;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void formulasAreNeutralisedAndTheExportReadsBackUnchanged() {
		Instrument instrument = TrackerFixtures.instrument(this.tracker, this.clock);
		LocalDate day = this.tracker.today().minusDays(10);
		this.tracker.record(
				new AssessmentDraft(this.tracker.provision(instrument.id(), "5").orElseThrow().id(), "IT",
						Status.UNCLEAR, day, day, new Assessment.Measure("@SUM(A1:A9)", null, null, "-1+1"),
						new Assessment.Quote("+39 quote", "it", Map.of(Language.EN, "\tTabbed")),
						Map.of(Language.EN, "=HYPERLINK(\"https://evil.example\",\"click\")", Language.FR, "Note sûre"),
						new Assessment.Source(SourceKind.RESEARCH, null, "-cmd|' /C calc'!A0")),
				"test", this.clock.instant());
		StaffBrowser browser = Advocates.signIn(this.context, Language.EN).browser();

		HttpResponse<String> answer = CsvFiles.export(browser, instrument, "");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(answer.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
		List<CSVRecord> records = CsvFiles.records(answer.body());
		assertThat(records.get(0).toList()).isEqualTo(TrackerCsv.COLUMNS);
		assertThat(records).hasSize(1 + 27 * 3);
		CSVRecord italy = records.stream()
			.filter((r) -> r.get(3).equals("IT") && r.get(5).equals("5"))
			.findFirst()
			.orElseThrow();
		assertThat(field(italy, "note_en")).isEqualTo("'=HYPERLINK(\"https://evil.example\",\"click\")");
		assertThat(field(italy, "measure_title")).isEqualTo("'@SUM(A1:A9)");
		assertThat(field(italy, "measure_article")).isEqualTo("'-1+1");
		assertThat(field(italy, "quote")).isEqualTo("'+39 quote");
		assertThat(field(italy, "source_label")).isEqualTo("'-cmd|' /C calc'!A0");
		assertThat(field(italy, "note_fr")).isEqualTo("Note sûre");
		assertThat(records).allSatisfy((record) -> record.forEach(
				(cell) -> assertThat(cell).as("no cell starts like a formula").doesNotMatch("(?s)^[=+\\-@\t\r].*")));
		assertThat(TrackerFixtures.audited(this.jdbc, "ADVOCACY_TRACKER_EXPORTED", instrument)).isEqualTo(1);

		int rows = TrackerFixtures.rows(this.jdbc, instrument);
		HttpResponse<String> back = CsvFiles.upload(browser, instrument,
				answer.body().getBytes(StandardCharsets.UTF_8));
		assertThat(Jsoup.parse(back.body()).select("[data-import-done]").text())
			.isEqualTo("Import done: 0 rows recorded as new assessments, 81 rows unchanged.");
		assertThat(TrackerFixtures.rows(this.jdbc, instrument)).isEqualTo(rows);
	}

	@Test
	void anExportAsOfAnEarlierDayLeavesOutWhatWasRecordedLater() {
		Instrument instrument = TrackerFixtures.instrument(this.tracker, this.clock);
		LocalDate day = this.tracker.today().minusDays(10);
		this.tracker.record(new AssessmentDraft(this.tracker.provision(instrument.id(), "3").orElseThrow().id(), "LU",
				Status.TRANSPOSED, day, day, null, null, Map.of(),
				new Assessment.Source(SourceKind.RESEARCH, null, "Study")), "test", this.clock.instant());
		StaffBrowser browser = Advocates.signIn(this.context, Language.EN).browser();
		String yesterday = this.tracker.today().minusDays(1).toString();

		List<CSVRecord> earlier = CsvFiles.records(CsvFiles.export(browser, instrument, "?asOf=" + yesterday).body());
		List<CSVRecord> now = CsvFiles.records(CsvFiles.export(browser, instrument, "").body());

		assertThat(status(earlier, "LU", "3")).isEqualTo("NOT_ASSESSED");
		assertThat(field(earlier.get(1), "as_of")).isEqualTo(yesterday);
		assertThat(status(now, "LU", "3")).isEqualTo("TRANSPOSED");
		assertThat(CsvFiles.export(browser, instrument, "?asOf=last-week").statusCode()).isEqualTo(400);
	}

	private static String status(List<CSVRecord> records, String state, String article) {
		return records.stream()
			.filter((r) -> r.get(3).equals(state) && r.get(5).equals(article))
			.map((r) -> field(r, "status"))
			.findFirst()
			.orElseThrow();
	}

	private static String field(CSVRecord record, String column) {
		return record.get(TrackerCsv.COLUMNS.indexOf(column));
	}

}
