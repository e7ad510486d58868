package org.vigie.advocacy.tracker.admin;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.advocacy.Advocates;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.TrackerCsv;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.mobilisation.Campaigners;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV import: a good file records its changed rows and skips the others (importing an
 * export changes nothing), and every hostile file is refused with its problems by line
 * and column, in the officer's language, with nothing written.
 */
@AdvocacyTest
class TrackerImportTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private TrackerStore tracker;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aGoodFileRecordsItsChangesAndImportingTheExportAgainChangesNothing() {
		Instrument instrument = TrackerFixtures.instrument(this.tracker, this.clock);
		Campaigners.Signed officer = Advocates.signIn(this.context, Language.EN);
		String day = this.tracker.today().minusDays(3).toString();
		Map<String, String> untouched = CsvFiles.row(instrument, "SE", "6a", "NOT_ASSESSED", "");
		untouched.put("source_kind", "");
		untouched.put("source_label", "");
		untouched.put("note_en", "");
		byte[] file = CsvFiles.file(List.of(CsvFiles.row(instrument, "BE", "3", "TRANSPOSED", day),
				CsvFiles.row(instrument, "GR", "5", "PARTLY", day), untouched));

		HttpResponse<String> answer = CsvFiles.upload(officer.browser(), instrument, file);

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(answer.body()).select("[data-import-done]").text())
			.isEqualTo("Import done: 2 rows recorded as new assessments, 1 rows unchanged.");
		assertThat(TrackerFixtures.rows(this.jdbc, instrument)).isEqualTo(2);
		assertThat(this.jdbc.sql("""
				select distinct recorded_by from advocacy_assessment a join advocacy_provision p
				on p.id = a.provision_id where p.instrument_id = ?""")
			.param(instrument.id())
			.query(String.class)
			.list()).containsExactly(officer.email());

		String export = CsvFiles.export(officer.browser(), instrument, "").body();
		HttpResponse<String> again = CsvFiles.upload(officer.browser(), instrument,
				export.getBytes(StandardCharsets.UTF_8));

		assertThat(Jsoup.parse(again.body()).select("[data-import-done]").text())
			.isEqualTo("Import done: 0 rows recorded as new assessments, 81 rows unchanged.");
		assertThat(TrackerFixtures.rows(this.jdbc, instrument)).isEqualTo(2);
		assertThat(TrackerFixtures.audited(this.jdbc, "ADVOCACY_TRACKER_IMPORTED", instrument)).isEqualTo(2);
	}

	@Test
	void importingTheDemoExportsChangesNothing() {
		StaffBrowser browser = Advocates.signIn(this.context, Language.EN).browser();
		for (String code : List.of("2011-93-eu", "com-2024-60")) {
			Instrument instrument = this.tracker.instrument(code).orElseThrow();
			int before = TrackerFixtures.rows(this.jdbc, instrument);
			String export = CsvFiles.export(browser, instrument, "").body();
			int cells = 27 * this.tracker.provisions(instrument.id()).size();

			HttpResponse<String> answer = CsvFiles.upload(browser, instrument, export.getBytes(StandardCharsets.UTF_8));

			assertThat(Jsoup.parse(answer.body()).select("[data-import-done]").text()).as(code)
				.isEqualTo("Import done: 0 rows recorded as new assessments, " + cells + " rows unchanged.");
			assertThat(TrackerFixtures.rows(this.jdbc, instrument)).as(code).isEqualTo(before);
		}
	}

	@Test
	void everyHostileFileIsRefusedByLineAndColumnAndNothingIsWritten() {
		Instrument instrument = TrackerFixtures.instrument(this.tracker, this.clock);
		StaffBrowser browser = Advocates.signIn(this.context, Language.EN).browser();
		String day = this.tracker.today().minusDays(3).toString();
		Map<String, Hostile> cases = new LinkedHashMap<>();
		cases.put("state XX", one(instrument, day, "state", "XX", 2, "state", "“XX” is not the ISO 3166 code"));
		cases.put("state EL",
				one(instrument, day, "state", "EL", 2, "state", "the tracker uses its ISO 3166 code, GR"));
		cases.put("unknown article", one(instrument, day, "article", "99", 2, "article", "has no article “99”"));
		cases.put("no source", one(instrument, day, "source_kind", "NONE", 2, "source_kind", "must cite its source"));
		cases.put("bad date", one(instrument, day, "valid_from", "31/12/2023", 2, "valid_from", "is not a date"));
		cases.put("future date", one(instrument, day, "reviewed_on", this.tracker.today().plusDays(2).toString(), 2,
				"reviewed_on", "cannot be in the future"));
		cases.put("unknown status", one(instrument, day, "status", "DONE", 2, "status", "is not a status"));
		cases.put("unknown source", one(instrument, day, "source_kind", "BLOG", 2, "source_kind", "kind of source"));
		cases.put("other instrument", one(instrument, day, "instrument", "2011-93-eu", 2, "instrument", "not “"));
		cases.put("long field", one(instrument, day, "note_fr", "é".repeat(2500), 2, "note_fr", "longer than 2,000"));
		cases.put("long line", one(instrument, day, "note_en", "x".repeat(17_000), 2, null, "longer than 16,000"));
		cases.put("script address", one(instrument, day, "source_address", "javascript:alert(1)", 2, "source_address",
				"not a web address"));
		Map<String, String> good = CsvFiles.row(instrument, "BE", "3", "TRANSPOSED", day);
		cases.put("duplicate", new Hostile(CsvFiles.file(List.of(good, good)), 3, "state", "already comes on line 2"));
		Map<String, String> bad = CsvFiles.row(instrument, "XX", "3", "TRANSPOSED", day);
		cases.put("good then bad", new Hostile(CsvFiles.file(List.of(good, bad)), 3, "state", "“XX”"));
		List<String> missing = new ArrayList<>(TrackerCsv.COLUMNS);
		missing.remove("source_kind");
		cases.put("missing column",
				new Hostile(CsvFiles.file(missing, List.of(good)), 1, null, "lacks these columns: source_kind"));
		List<String> extra = new ArrayList<>(TrackerCsv.COLUMNS);
		extra.add("password");
		cases.put("extra column",
				new Hostile(CsvFiles.file(extra, List.of(good)), 1, null, "(or come twice): password"));
		byte[] withHeader = CsvFiles.file(List.of(good));
		String text = new String(withHeader, StandardCharsets.UTF_8);
		cases.put("no header", new Hostile(text.substring(text.indexOf("\r\n") + 2).getBytes(StandardCharsets.UTF_8), 1,
				null, "The first line must be the header"));
		cases.put("empty", new Hostile(new byte[0], 0, null, "The file is empty."));
		cases.put("header only",
				new Hostile(String.join(",", TrackerCsv.COLUMNS).getBytes(StandardCharsets.UTF_8), 0, null, "no rows"));
		cases.put("open quote",
				new Hostile((text + "\"BE,3").getBytes(StandardCharsets.UTF_8), 0, null, "not valid CSV"));
		cases.put("fields out of step",
				new Hostile((text + "BE,3\r\n").getBytes(StandardCharsets.UTF_8), 3, null, "has 2 fields where"));
		cases.put("latin-1", new Hostile(text.replace("Imported", "Importé").getBytes(StandardCharsets.ISO_8859_1), 0,
				null, "not text in UTF-8"));
		byte[] binary = withHeader.clone();
		binary[binary.length - 5] = 0;
		cases.put("binary", new Hostile(binary, 2, null, "control characters"));
		cases.put("2.5 MB", new Hostile(new byte[2_500_000], 0, null, "larger than 2 MB"));
		for (Map.Entry<String, Hostile> entry : cases.entrySet()) {
			Hostile hostile = entry.getValue();
			HttpResponse<String> answer = CsvFiles.upload(browser, instrument, hostile.file());
			assertThat(answer.statusCode()).as(entry.getKey()).isEqualTo(422);
			Document page = Jsoup.parse(answer.body());
			assertThat(page.select("[data-import-done]")).as(entry.getKey()).isEmpty();
			assertThat(page.select("[data-import-problems] li")
				.stream()
				.filter((li) -> li.attr("data-line").equals(String.valueOf(hostile.line())))
				.filter((li) -> hostile.column() == null || li.attr("data-column").equals(hostile.column()))
				.map((li) -> li.text())
				.toList()).as(entry.getKey() + ": " + page.select("[data-import-problems]").text())
				.anySatisfy((problem) -> assertThat(problem).contains(hostile.says()));
		}
		assertThat(TrackerFixtures.rows(this.jdbc, instrument)).isZero();
		assertThat(TrackerFixtures.audited(this.jdbc, "ADVOCACY_TRACKER_IMPORTED", instrument)).isZero();
	}

	@Test
	void aFileOfTenMegabytesIsSentBackUnread() {
		Instrument instrument = TrackerFixtures.instrument(this.tracker, this.clock);
		StaffBrowser browser = Advocates.signIn(this.context, Language.EN).browser();

		HttpResponse<String> answer = CsvFiles.upload(browser, instrument, new byte[10 * 1024 * 1024]);

		assertThat(answer.headers().firstValue("Location").orElse(""))
			.endsWith(TrackerAdminController.PATH + "?problem=tooLarge");
		assertThat(Jsoup.parse(browser.get(TrackerAdminController.PATH + "?problem=tooLarge").body())
			.select("[role=alert]")
			.text()).isEqualTo("The file was too large to be read: the import takes files of up to 2 MB.");
		assertThat(TrackerFixtures.rows(this.jdbc, instrument)).isZero();
	}

	@Test
	void problemsAreSaidInTheOfficersLanguage() {
		Instrument instrument = TrackerFixtures.instrument(this.tracker, this.clock);
		StaffBrowser browser = Advocates.signIn(this.context, Language.FR).browser();
		Map<String, String> row = CsvFiles.row(instrument, "XX", "3", "TRANSPOSED",
				this.tracker.today().minusDays(1).toString());

		HttpResponse<String> answer = CsvFiles.upload(browser, instrument, CsvFiles.file(List.of(row)));

		assertThat(Jsoup.parse(answer.body()).select("[data-import-problems] li").text())
			.isEqualTo("Ligne 2, colonne state : « XX » n’est pas le code ISO 3166 d’un État membre de l’Union.");
		assertThat(TrackerFixtures.rows(this.jdbc, instrument)).isZero();
	}

	private static Hostile one(Instrument instrument, String day, String column, String value, long line,
			String problemColumn, String says) {
		Map<String, String> row = CsvFiles.row(instrument, "BE", "3", "TRANSPOSED", day);
		row.put(column, value);
		return new Hostile(CsvFiles.file(List.of(row)), line, problemColumn, says);
	}

	/**
	 * A file the import must refuse, and the problem it must report.
	 *
	 * @param file the file
	 * @param line the line named (0 for the whole file)
	 * @param column the column named, or null when any
	 * @param says what the message says
	 */
	private record Hostile(byte[] file, long line, String column, String says) {
	}

}
