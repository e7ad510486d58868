package org.vigie.reporting.desk;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.identity.Role;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.media.TestImages;
import org.vigie.reporting.ReportingFixtures;
import org.vigie.reporting.ReportingTest;
import org.vigie.reporting.reports.FollowUp;
import org.vigie.reporting.reports.ImageCleaner;
import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.reports.Status;
import org.vigie.reporting.vault.RecoveryKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst's day over HTTP, signed in with both factors: a new report with its
 * deadline, overdue once 48 hours pass, read (and audited), labelled, assigned, answered,
 * the reporter's reply, a status change; the reporter's image blurred and served only to
 * analysts who hold the report's key, never cached; a locked receipt unlocked.
 */
@ReportingTest
class AnalystJourneyTest {

	@Autowired
	private SiteClient site;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private TwoFactor twoFactor;

	@Autowired
	private TestClock clock;

	@Autowired
	private Reports reports;

	@Autowired
	private RecoveryKey recovery;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void lineIsOpen() {
		ReportingFixtures.recoveryKey(this.recovery);
	}

	@Test
	void anAnalystTriagesLabelsAssignsAnswersAndMovesAReportOn() {
		DeskStaff ana = DeskStaff.create(this.accounts, this.twoFactor, this.clock, "Ana", Role.ANALYST);
		DeskStaff bo = DeskStaff.create(this.accounts, this.twoFactor, this.clock, "Bo", Role.ANALYST);
		StaffBrowser browser = ana.signIn(this.site);
		bo.signIn(this.site);
		Reports.Submitted submitted = this.reports.submit(ReportingFixtures.report("journey-marker"),
				List.of(ImageCleaner.clean(TestImages.photoWithGps(64, 48))));
		UUID id = submitted.id();
		String page = "/admin/reports/" + id;

		Document list = Jsoup.parse(browser.get("/admin/reports").body());
		assertThat(list.select("a[href=" + page + "]")).hasSize(1);
		String row = list.selectFirst("a[href=" + page + "]").closest("tr").text();
		assertThat(row).contains("Triage by").doesNotContain("Overdue").doesNotContain("journey-marker");

		this.clock.advance(Duration.ofHours(49));
		browser = ana.signIn(this.site);
		Document later = Jsoup.parse(browser.get("/admin/reports?overdue=1").body());
		assertThat(later.selectFirst("a[href=" + page + "]").closest("tr").text()).contains("Overdue");

		Document read = Jsoup.parse(browser.get(page).body());
		assertThat(read.select(".desk-content").text()).contains("what journey-marker", "city journey-marker");
		assertThat(audited("REPORT_READ", id)).isPositive();

		browser.submit(page, page + "/labels", Map.of("label", "hotel lead"));
		assertThat(browser.submit(page, page + "/labels", Map.of("label", "<script>alert(1)</script>"))
			.headers()
			.firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).contains("problem=label"));
		browser.submit(page, page + "/labels", Map.of("label", "x".repeat(5000)));
		Document labelled = Jsoup.parse(browser.get(page).body());
		assertThat(labelled.select(".panel li span").eachText()).containsExactly("hotel lead");
		assertThat(labelled.text()).contains("never a name, a place, a phone number");

		browser.submit(page, page + "/assign", Map.of("analyst", Long.toString(bo.id())));
		browser.submit(page, page + "/assign", Map.of("analyst", "999999999"));
		assertThat(this.reports.summary(id).orElseThrow().assignedTo()).isEqualTo(bo.id());

		assertThat(browser.submit(page, page + "/messages", Map.of("text", "y".repeat(5001)))
			.headers()
			.firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).contains("problem=message"));
		browser.submit(page, page + "/messages", Map.of("text", "   "));
		browser.submit(page, page + "/messages", Map.of("text", "Which street was the hotel in?"));
		assertThat(audited("REPORT_MESSAGE_SENT", id)).isPositive();
		Reports.ReceiptAnswer answer = this.reports.openWithReceipt(submitted.receipt().orElseThrow().display());
		assertThat(this.reports.reporterView(answer.key().orElseThrow()).messages()).extracting((m) -> m.text())
			.containsExactly("Which street was the hotel in?");
		this.reports.reporterWrites(answer.key().orElseThrow(), "Near the harbour", List.of());
		assertThat(Jsoup.parse(browser.get(page).body()).select(".desk-thread").text()).contains("Near the harbour");

		browser.submit(page, page + "/status", Map.of("status", "BOGUS"));
		assertThat(this.reports.summary(id).orElseThrow().status()).isEqualTo(Status.RECEIVED);
		assertThat(browser.submit(page, page + "/status", Map.of("status", "CLOSED")).headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).contains("problem=outcome"));
		browser.submit(page, page + "/status", Map.of("status", "ASSESSING"));
		assertThat(this.reports.summary(id).orElseThrow().status()).isEqualTo(Status.ASSESSING);
		assertThat(audited("REPORT_STATUS_CHANGED", id)).isPositive();
		Document moved = Jsoup.parse(browser.get(page).body());
		assertThat(moved.select(".desk-facts").first().text()).contains("Being assessed");
		browser.submit(page, page + "/labels/remove", Map.of("label", "hotel lead"));
		assertThat(Jsoup.parse(browser.get(page).body()).select(".panel li span").eachText()).isEmpty();
	}

	@Test
	void imagesAreBlurredAndServedOnlyToAnalystsWhoHoldTheKeyNeverCached() {
		DeskStaff ana = DeskStaff.create(this.accounts, this.twoFactor, this.clock, "Ines", Role.ANALYST);
		StaffBrowser browser = ana.signIn(this.site);
		UUID id = this.reports
			.submit(ReportingFixtures.report("image-marker"), List.of(ImageCleaner.clean(TestImages.jpeg(40, 30))))
			.id();
		Document page = Jsoup.parse(browser.get("/admin/reports/" + id).body());
		assertThat(page.select("a[href]").eachAttr("href")).as("an analyst can start a hand-over from the report")
			.contains("/admin/reports/handovers/new?report=" + id);
		var image = page.selectFirst("img.desk-blurred");
		assertThat(image).isNotNull();
		assertThat(page.selectFirst("input.desk-reveal#" + image.parent().attr("for"))).isNotNull();
		String src = image.attr("src");

		int reads = audited("REPORT_READ", id);
		HttpResponse<String> served = browser.get(src);
		assertThat(audited("REPORT_READ", id)).as("each image view is audited").isEqualTo(reads + 1);
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(served.headers().firstValue("Cache-Control")).hasValue("no-store");

		DeskStaff newcomer = DeskStaff.create(this.accounts, this.twoFactor, this.clock, "Noor", Role.ANALYST);
		StaffBrowser notGranted = newcomer.signIn(this.site);
		assertThat(notGranted.get(src).statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(notGranted.get("/admin/reports/" + id).body()).text())
			.contains("was not shared with you")
			.doesNotContain("image-marker");
		DeskStaff editor = DeskStaff.create(this.accounts, this.twoFactor, this.clock, "Eddie", Role.EDITOR);
		assertThat(editor.signIn(this.site).get(src).statusCode()).isEqualTo(403);
		assertThat(new StaffBrowser(this.site).get(src).statusCode()).isIn(302, 401, 403);
		assertThat(notGranted.get("/admin/reports/" + id + "/images/" + UUID.randomUUID()).statusCode()).isEqualTo(403);
		assertThat(browser.get("/admin/reports/" + id + "/images/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(browser.get("/admin/reports/" + id + "/images/..%2F..%2Fetc").statusCode()).isIn(400, 404);
	}

	@Test
	void aReporterWhoChoseNoContactCannotBeWrittenTo() {
		DeskStaff ana = DeskStaff.create(this.accounts, this.twoFactor, this.clock, "Nadia", Role.ANALYST);
		StaffBrowser browser = ana.signIn(this.site);
		UUID id = this.reports.submit(ReportingFixtures.report("silent", FollowUp.NONE), List.of()).id();
		String page = "/admin/reports/" + id;
		Document read = Jsoup.parse(browser.get(page).body());
		assertThat(read.select("form[action=" + page + "/messages]")).isEmpty();
		assertThat(read.text()).contains("chose not to be contacted");
		assertThat(browser.post(page + "/messages", Map.of("_csrf", browser.csrf(page), "text", "Hello"))
			.headers()
			.firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).contains("problem=noContact"));
	}

	@Test
	void aLockedReceiptIsShownAndUnlocked() {
		DeskStaff ana = DeskStaff.create(this.accounts, this.twoFactor, this.clock, "Lou", Role.ANALYST);
		StaffBrowser browser = ana.signIn(this.site);
		Reports.Submitted submitted = this.reports.submit(ReportingFixtures.report("locked"), List.of());
		String receipt = submitted.receipt().orElseThrow().display();
		String wrong = receipt.substring(0, 5) + (receipt.charAt(5) == 'A' ? "B" : "A") + receipt.substring(6);
		for (int i = 0; i < Reports.RECEIPT_TRIES; i++) {
			this.reports.openWithReceipt(wrong);
		}
		String page = "/admin/reports/" + submitted.id();
		assertThat(Jsoup.parse(browser.get(page).body()).text()).contains("Locked after too many wrong tries");
		browser.submit(page, page + "/unlock", Map.of());
		assertThat(Jsoup.parse(browser.get(page).body()).text()).contains("Not locked.");
		assertThat(this.reports.openWithReceipt(receipt).result()).isEqualTo(Reports.ReceiptResult.OPENED);
	}

	@Test
	void malformedAddressesAreNotFound() {
		StaffBrowser browser = DeskStaff.create(this.accounts, this.twoFactor, this.clock, "Mo", Role.ANALYST)
			.signIn(this.site);
		assertThat(browser.get("/admin/reports/not-a-report").statusCode()).isEqualTo(404);
		assertThat(browser.get("/admin/reports/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(browser
			.post("/admin/reports/" + UUID.randomUUID() + "/unlock", Map.of("_csrf", browser.csrf("/admin/reports")))
			.statusCode()).isIn(403, 404);
	}

	private int audited(String action, UUID report) {
		return this.jdbc.sql("select count(*) from identity_audit where action = ? and target = ?")
			.params(action, report.toString())
			.query(Integer.class)
			.single();
	}

}
