package org.vigie.advocacy.tracker.admin;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.advocacy.Advocates;
import org.vigie.advocacy.tracker.Assessment;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.Provision;
import org.vigie.advocacy.tracker.Status;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.identity.Role;
import org.vigie.mobilisation.Campaigners;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An advocacy officer edits one cell of the tracker: records a new status with its source
 * and sees it in the history, corrects the current row, and is refused (form kept,
 * nothing written) without a source, with malformed or oversized fields, with a stale
 * correction or without the CSRF token; other roles are refused.
 */
@AdvocacyTest
class CellEditingTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private TrackerStore tracker;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aNewStatusWithItsSourceIsRecordedShownInTheHistoryAndAudited() {
		Instrument instrument = TrackerFixtures.instrument(this.tracker, this.clock);
		Campaigners.Signed officer = Advocates.signIn(this.context, Language.EN);
		String cell = TrackerAdminController.cellPath(instrument, "3", "BE");
		LocalDate today = this.tracker.today();
		Map<String, String> fields = TrackerFixtures.evidence("TRANSPOSED", today.minusDays(30).toString(),
				today.toString());
		fields.put("note_en", "<script>alert('x')</script> and <b>bold</b>");

		HttpResponse<String> answer = officer.browser().submit(cell, cell + "/record", fields);

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElse("")).endsWith(cell + "?done=recorded");
		HttpResponse<String> page = officer.browser().get(cell + "?done=recorded");
		Document document = Jsoup.parse(page.body());
		assertThat(document.select("[data-done]").text()).isEqualTo("The new status was recorded.");
		assertThat(document.select("[data-current-status]").text()).isEqualTo("Transposed");
		assertThat(document.select("[data-evidence]").text()).contains("72011L0093BEL_202400001",
				"Art. 417/7 Code pénal", "Est puni de la réclusion", "Punishes soliciting a minor.",
				"Moniteur belge, 15 février 2024", "Official journal");
		assertThat(document.select("[data-notes] script, [data-notes] b")).isEmpty();
		assertThat(page.body()).contains("&lt;script&gt;alert(");
		assertThat(document.select("[data-history=history] tbody tr")).hasSize(1);
		assertThat(document.select("[data-history=history] tbody tr").text()).contains(today.minusDays(30).toString(),
				officer.email(), "Moniteur belge");
		assertThat(TrackerFixtures.audited(this.jdbc, "ADVOCACY_TRACKER_RECORDED", instrument)).isEqualTo(1);
		assertThat(this.jdbc.sql("select details from identity_audit where action = ? and target like ?")
			.params("ADVOCACY_TRACKER_RECORDED", "advocacy-tracker:" + instrument.code() + "%")
			.query(String.class)
			.single()).isEqualTo("status TRANSPOSED");
	}

	@Test
	void aStatusWithoutSourceIsRefusedInTheOfficersLanguageWithTheFormKept() {
		Instrument instrument = TrackerFixtures.instrument(this.tracker, this.clock);
		String cell = TrackerAdminController.cellPath(instrument, "5", "DE");
		LocalDate today = this.tracker.today();
		for (Language language : List.of(Language.EN, Language.FR)) {
			Campaigners.Signed officer = Advocates.signIn(this.context, language);
			Map<String, String> fields = TrackerFixtures.evidence("PARTLY", today.toString(), today.toString());
			fields.put("source_kind", "NONE");
			fields.put("source_address", "");
			fields.put("source_label", "");

			HttpResponse<String> answer = officer.browser().submit(cell, cell + "/record", fields);

			assertThat(answer.statusCode()).isEqualTo(400);
			Document document = Jsoup.parse(answer.body());
			assertThat(document.select("[data-record-form] [data-problem-for=source_kind]").text()).isEqualTo(
					(language == Language.EN) ? "A status must cite its source: its kind and its address or reference."
							: "Un statut doit citer sa source : son type et son adresse ou sa référence.");
			assertThat(document.select("[data-record-form] #r-measure_title").val())
				.isEqualTo("Loi du 1er février 2024 relative à la protection des mineurs");
			assertThat(document.select("[data-record-form] #r-status option[selected]").val()).isEqualTo("PARTLY");
		}
		assertThat(TrackerFixtures.rows(this.jdbc, instrument)).isZero();
	}

	@Test
	void malformedOversizedAndHostileFieldsAreRefusedAndNothingIsWritten() {
		Instrument instrument = TrackerFixtures.instrument(this.tracker, this.clock);
		Campaigners.Signed officer = Advocates.signIn(this.context, Language.EN);
		String cell = TrackerAdminController.cellPath(instrument, "6a", "PL");
		LocalDate today = this.tracker.today();
		Map<String, String[]> cases = new java.util.LinkedHashMap<>();
		cases.put("bad date", new String[] { "valid_from", "2024-13-45", "is not a date" });
		cases.put("future date",
				new String[] { "valid_from", today.plusDays(1).toString(), "cannot be in the future" });
		cases.put("unknown status", new String[] { "status", "MAYBE", "is not a status of the tracker" });
		cases.put("unknown source", new String[] { "source_kind", "RUMOUR", "is not a kind of source" });
		cases.put("script address", new String[] { "source_address", "javascript:alert(1)", "is not a web address" });
		cases.put("long note", new String[] { "note_fr", "n".repeat(2500), "longer than 2,000 characters" });
		cases.put("long title", new String[] { "measure_title", "t".repeat(600), "longer than 500 characters" });
		for (Map.Entry<String, String[]> entry : cases.entrySet()) {
			String[] field = entry.getValue();
			Map<String, String> fields = TrackerFixtures.evidence("TRANSPOSED", today.toString(), today.toString());
			fields.put(field[0], field[1]);
			HttpResponse<String> answer = officer.browser().submit(cell, cell + "/record", fields);
			assertThat(answer.statusCode()).as(entry.getKey()).isEqualTo(400);
			assertThat(Jsoup.parse(answer.body()).select("[data-problem-for=" + field[0] + "]").text())
				.as(entry.getKey())
				.contains(field[2]);
		}
		assertThat(TrackerFixtures.rows(this.jdbc, instrument)).isZero();
	}

	@Test
	void aCorrectionReplacesTheRowAndAStaleCorrectionIsRefused() {
		Instrument instrument = TrackerFixtures.instrument(this.tracker, this.clock);
		Campaigners.Signed officer = Advocates.signIn(this.context, Language.EN);
		StaffBrowser browser = officer.browser();
		String cell = TrackerAdminController.cellPath(instrument, "3", "FR");
		LocalDate today = this.tracker.today();
		String from = today.minusDays(100).toString();
		browser.submit(cell, cell + "/record", TrackerFixtures.evidence("PARTLY", from, today.toString()));
		Document page = Jsoup.parse(browser.get(cell).body());
		String id = page.select("[data-correct-form] input[name=assessment]").val();
		Map<String, String> correction = TrackerFixtures.evidence("TRANSPOSED", "", today.toString());
		correction.put("assessment", id);

		HttpResponse<String> answer = browser.submit(cell, cell + "/correct", correction);

		assertThat(answer.headers().firstValue("Location").orElse("")).endsWith(cell + "?done=corrected");
		page = Jsoup.parse(browser.get(cell).body());
		assertThat(page.select("[data-current-status]").text()).isEqualTo("Transposed");
		assertThat(page.select("[data-history=history] tr[data-corrected=true]").attr("data-status"))
			.isEqualTo("PARTLY");
		assertThat(page.select("[data-history=history] tr[data-correction=true]").attr("data-status"))
			.isEqualTo("TRANSPOSED");
		assertThat(page.select("[data-history=history] tr[data-correction=true] td").get(1).text()).isEqualTo(from);
		int rows = TrackerFixtures.rows(this.jdbc, instrument);

		Map<String, String> stale = new HashMap<>(correction);
		stale.put("status", "GOES_FURTHER");
		HttpResponse<String> refused = browser.submit(cell, cell + "/correct", stale);

		assertThat(refused.statusCode()).isEqualTo(409);
		Document again = Jsoup.parse(refused.body());
		assertThat(again.select("[data-stale]").text())
			.isEqualTo("This assessment was corrected in the meantime: reload the page.");
		assertThat(again.select("[data-correct-form] #c-status option[selected]").val()).isEqualTo("GOES_FURTHER");
		assertThat(TrackerFixtures.rows(this.jdbc, instrument)).isEqualTo(rows);
		assertThat(TrackerFixtures.audited(this.jdbc, "ADVOCACY_TRACKER_CORRECTED", instrument)).isEqualTo(1);
		Provision article = this.tracker.provision(instrument.id(), "3").orElseThrow();
		assertThat(this.tracker.history(article.id(), "FR")).extracting(Assessment::status)
			.containsExactly(Status.PARTLY, Status.TRANSPOSED);
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefused() {
		Instrument instrument = TrackerFixtures.instrument(this.tracker, this.clock);
		Campaigners.Signed officer = Advocates.signIn(this.context, Language.EN);
		String cell = TrackerAdminController.cellPath(instrument, "3", "BE");
		LocalDate today = this.tracker.today();

		HttpResponse<String> answer = officer.browser()
			.post(cell + "/record", TrackerFixtures.evidence("TRANSPOSED", today.toString(), today.toString()));

		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(TrackerFixtures.rows(this.jdbc, instrument)).isZero();
	}

	@Test
	void otherRolesCannotReachTheTrackersBackOffice() {
		Instrument instrument = TrackerFixtures.instrument(this.tracker, this.clock);
		Campaigners.Signed campaigner = Campaigners.signIn(this.context, Role.CAMPAIGNER, Language.EN);
		String cell = TrackerAdminController.cellPath(instrument, "3", "BE");
		for (String path : List.of(TrackerAdminController.PATH, TrackerAdminController.PATH + "/" + instrument.code(),
				cell, TrackerAdminController.PATH + "/" + instrument.code() + "/export.csv")) {
			assertThat(campaigner.browser().get(path).statusCode()).as(path).isEqualTo(403);
		}
		LocalDate today = this.tracker.today();
		Map<String, String> fields = TrackerFixtures.evidence("TRANSPOSED", today.toString(), today.toString());
		fields.put("_csrf", campaigner.browser().csrf("/admin/account"));
		assertThat(campaigner.browser().post(cell + "/record", fields).statusCode()).isEqualTo(403);
		assertThat(TrackerFixtures.rows(this.jdbc, instrument)).isZero();
	}

	@Test
	void theMatrixListsEveryStateAndLinksEachCellToItsPage() {
		Instrument directive = this.tracker.instrument("2011-93-eu").orElseThrow();
		Campaigners.Signed officer = Advocates.signIn(this.context, Language.NL);
		Document list = Jsoup.parse(officer.browser().get(TrackerAdminController.PATH).body());
		assertThat(list.select("[data-instrument=2011-93-eu] a").eachAttr("href"))
			.contains(TrackerAdminController.PATH + "/2011-93-eu");
		Document matrix = Jsoup.parse(officer.browser().get(TrackerAdminController.PATH + "/2011-93-eu").body());
		assertThat(matrix.select("[data-matrix] tbody tr")).hasSize(27);
		assertThat(matrix.select("[data-demo-notice]")).isNotEmpty();
		assertThat(matrix.select("tr[data-state=BE] th").text()).isEqualTo("België");
		String status = matrix.select("tr[data-state=BE] td[data-article=3]").attr("data-status");
		assertThat(matrix.select("tr[data-state=BE] td[data-article=3] a").attr("href"))
			.isEqualTo(TrackerAdminController.cellPath(directive, "3", "BE"));
		assertThat(status).isEqualTo(this.tracker.matrix(directive)
			.cell("BE", this.tracker.provision(directive.id(), "3").orElseThrow())
			.status()
			.name());
	}

}
