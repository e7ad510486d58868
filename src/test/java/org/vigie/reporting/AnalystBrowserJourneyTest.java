package org.vigie.reporting;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bouncycastle.openpgp.api.OpenPGPKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.SecondFactors;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.identity.Role;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffMember;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.reporting.handover.OpenedPackage;
import org.vigie.reporting.handover.TestKeys;
import org.vigie.reporting.reports.Deadlines;
import org.vigie.reporting.reports.FollowUp;
import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.reports.Status;
import org.vigie.reporting.vault.RecoveryKey;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyst journey in real browsers, one per analyst, each signed in through the
 * sign-in and second-factor pages: analyst A finds a new report with its triage deadline,
 * reads it, writes to the reporter, moves it to "being assessed" and prepares a hand-over
 * from the report's page; analyst B approves it; the package B downloads opens with the
 * police unit's key and carries the organisation's signature. Every page on the way has
 * no serious or critical axe-core violation.
 */
@ReportingTest
class AnalystBrowserJourneyTest {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static ChromeDriver anaBrowser;

	private static ChromeDriver bobBrowser;

	@Autowired
	private SiteClient site;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private TwoFactor twoFactor;

	@Autowired
	private Clock clock;

	@Autowired
	private Reports reports;

	@Autowired
	private RecoveryKey recovery;

	@Autowired
	private SiteProperties siteProperties;

	@Autowired
	private MessageSource messages;

	private final OpenPGPKey unitKey = TestKeys.unit("Browser journey unit");

	private final List<String> problems = new ArrayList<>();

	private StaffBrowser admin;

	private String unitId;

	@BeforeAll
	static void startBrowsers() {
		anaBrowser = Browser.start();
		bobBrowser = Browser.start();
	}

	@AfterAll
	static void stopBrowsers() {
		for (ChromeDriver browser : new ChromeDriver[] { anaBrowser, bobBrowser }) {
			if (browser != null) {
				browser.quit();
			}
		}
	}

	@BeforeEach
	void lineIsOpenWithAUnit() {
		ReportingFixtures.recoveryKey(this.recovery);
		StaffMember administrator = this.accounts.create("unit-admin-" + UUID.randomUUID() + "@example.org",
				"Una Admin", ReportingFixtures.PASSWORD, Language.EN, Set.of(Role.ADMINISTRATOR), "test");
		this.admin = StaffBrowser.fromOwnAddress(this.site);
		this.admin.signIn(administrator.getEmail(), ReportingFixtures.PASSWORD,
				SecondFactors.enrol(this.twoFactor, this.clock, administrator.getId()).get(0));
		String units = "/admin/reporting-settings/units";
		HttpResponse<String> added = this.admin.submit(units, units, Map.of("name", "Browser journey unit", "contact",
				"+32 2 555 01 01", "key", TestKeys.publicPart(this.unitKey)));
		this.unitId = added.headers().firstValue("Location").orElseThrow().replaceAll(".*#unit-", "");
	}

	@Test
	void twoAnalystsTriageAnswerAndHandAReportOverWhoseSignedPackageTheUnitOpens() throws Exception {
		StaffMember ana = ReportingFixtures.analyst(this.accounts, "Ana");
		StaffMember bob = ReportingFixtures.analyst(this.accounts, "Bob");
		signIn(anaBrowser, ana);
		signIn(bobBrowser, bob);
		String marker = "abj" + System.nanoTime();
		Reports.Submitted submitted = this.reports.submit(ReportingFixtures.report(marker, FollowUp.CONSENT),
				List.of());
		UUID id = submitted.id();
		String page = "/admin/reports/" + id;

		anaBrowser.get(this.site.url("/admin/reports"));
		waitFor(anaBrowser, "/admin/reports", By.cssSelector("table.desk-list"));
		check(anaBrowser, "report list");
		WebElement link = anaBrowser.findElement(By.cssSelector("a[href='" + page + "']"));
		String deadline = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.format(this.reports.summary(id)
				.orElseThrow()
				.receivedAt()
				.plus(Deadlines.TRIAGE)
				.atZone(this.siteProperties.timeZone()));
		assertThat(row(link).getText()).contains(message("desk.due.triage", deadline))
			.contains(message("desk.status.RECEIVED"))
			.doesNotContain(message("desk.overdue"))
			.doesNotContain(marker);

		clickAndWait(anaBrowser, link, page, By.cssSelector(".desk-content"));
		check(anaBrowser, "report");
		assertThat(anaBrowser.findElement(By.cssSelector(".desk-content")).getText()).contains("what " + marker,
				"city " + marker, marker + "@example.org");

		anaBrowser.findElement(By.id("message")).sendKeys("Which floor of the hotel was it?");
		clickAndWait(anaBrowser, submitOf(anaBrowser, page + "/messages"), "done=sent", By.id("outcome"));
		check(anaBrowser, "report after a message");
		assertThat(anaBrowser.findElement(By.id("outcome")).getText()).isEqualTo(message("desk.done.sent"));
		assertThat(anaBrowser.findElement(By.cssSelector(".desk-thread")).getText())
			.contains("Which floor of the hotel was it?");
		Reports.ReceiptAnswer reporter = this.reports.openWithReceipt(submitted.receipt().orElseThrow().display());
		assertThat(this.reports.reporterView(reporter.key().orElseThrow()).messages()).extracting((m) -> m.text())
			.containsExactly("Which floor of the hotel was it?");

		new Select(anaBrowser.findElement(By.id("new-status"))).selectByValue("ASSESSING");
		clickAndWait(anaBrowser, submitOf(anaBrowser, page + "/status"), "done=status", By.id("outcome"));
		check(anaBrowser, "report after a status change");
		assertThat(anaBrowser.findElement(By.cssSelector(".desk-facts dd")).getText())
			.isEqualTo(message("desk.status.ASSESSING"));
		assertThat(this.reports.summary(id).orElseThrow().status()).isEqualTo(Status.ASSESSING);

		String prepare = "/admin/reports/handovers/new?report=" + id;
		clickAndWait(anaBrowser, anaBrowser.findElement(By.cssSelector("a[href='" + prepare + "']")), prepare,
				By.id("handover-unit"));
		check(anaBrowser, "prepare a hand-over");
		for (String field : List.of("WHAT", "PLACE", "CONTACT")) {
			anaBrowser.findElement(By.cssSelector("input[name=fields][value=" + field + "]")).click();
		}
		new Select(anaBrowser.findElement(By.id("handover-unit"))).selectByValue(this.unitId);
		clickAndWait(anaBrowser, submitOf(anaBrowser, "/admin/reports/handovers"), "done=prepared",
				By.id("handover-status"));
		check(anaBrowser, "hand-over prepared");
		String show = anaBrowser.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
		assertThat(anaBrowser.findElement(By.id("handover-status")).getText())
			.isEqualTo(message("handover.status.PENDING"));
		assertThat(anaBrowser.findElements(By.cssSelector("form[action='" + show + "/approve']")))
			.as("the analyst who prepared it cannot approve it")
			.isEmpty();

		bobBrowser.get(this.site.url("/admin/reports/handovers"));
		waitFor(bobBrowser, "/admin/reports/handovers", By.cssSelector("a[href='" + show + "']"));
		check(bobBrowser, "hand-overs");
		WebElement pending = bobBrowser.findElement(By.cssSelector("a[href='" + show + "']"));
		assertThat(row(pending).getText()).contains(ana.getEmail(), message("handover.status.PENDING"));
		clickAndWait(bobBrowser, pending, show, By.id("handover-status"));
		check(bobBrowser, "hand-over to approve");
		clickAndWait(bobBrowser, submitOf(bobBrowser, show + "/approve"), "done=approved", By.id("handover-download"));
		check(bobBrowser, "hand-over approved");
		assertThat(bobBrowser.findElement(By.id("handover-status")).getText())
			.isEqualTo(message("handover.status.APPROVED"));
		String sha256 = bobBrowser.findElement(By.id("handover-sha256")).getText();

		HttpResponse<byte[]> download = this.site.getBytes(show + "/package", "Cookie",
				"JSESSIONID=" + bobBrowser.manage().getCookieNamed("JSESSIONID").getValue());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".zip.pgp");
		byte[] file = download.body();
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file))).isEqualTo(sha256);
		OpenedPackage opened = OpenedPackage.open(file, this.unitKey,
				this.admin.get("/admin/reporting-settings/units/organisation-key.asc").body());
		assertThat(opened.signedByOrganisation()).isTrue();
		assertThat(opened.manifestMatches()).isTrue();
		assertThat(opened.manifest().get("preparedBy").asString()).isEqualTo(ana.getEmail());
		assertThat(opened.manifest().get("approvedBy").asString()).isEqualTo(bob.getEmail());
		assertThat(opened.manifest().get("report").asString()).isEqualTo(id.toString());
		assertThat(new String(opened.files().get("report.txt"), StandardCharsets.UTF_8))
			.contains("what " + marker, "city " + marker, marker + "@example.org")
			.doesNotContain("children " + marker, "when " + marker);
		assertThat(this.reports.summary(id).orElseThrow().status()).isEqualTo(Status.FORWARDED);
		assertThat(this.problems).isEmpty();
	}

	/**
	 * Signs in through the pages: the password, then a recovery code as second factor.
	 */
	private void signIn(ChromeDriver browser, StaffMember member) {
		List<String> codes = SecondFactors.enrol(this.twoFactor, this.clock, member.getId());
		browser.get(this.site.url("/admin/login"));
		waitFor(browser, "/admin/login", By.id("email"));
		check(browser, "sign-in");
		browser.findElement(By.id("email")).sendKeys(member.getEmail());
		browser.findElement(By.id("password")).sendKeys(ReportingFixtures.PASSWORD);
		clickAndWait(browser, submitOf(browser, "/admin/login"), "/admin/two-factor", By.id("code"));
		check(browser, "second factor");
		browser.findElement(By.id("code")).sendKeys(codes.get(0));
		clickAndWait(browser, submitOf(browser, "/admin/two-factor"), "/admin", By.cssSelector("form.admin-signout"));
		new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.urlMatches(".*/admin$"));
		check(browser, "back-office home");
	}

	/** The submit button of the page's form posting to {@code action}. */
	private static WebElement submitOf(ChromeDriver browser, String action) {
		return browser.findElement(By.cssSelector("form[action='" + action + "'] button[type=submit]"));
	}

	/** The table row a link is in. */
	private static WebElement row(WebElement link) {
		return link.findElement(By.xpath("ancestor::tr"));
	}

	/**
	 * Clicks, waits until the page it was on is gone, then until the new page's address
	 * holds {@code address} and it shows {@code shown}.
	 */
	private static void clickAndWait(ChromeDriver browser, WebElement target, String address, By shown) {
		WebElement old = browser.findElement(By.tagName("html"));
		target.click();
		// The old page is gone once its element is stale; Chromium may also answer that
		// the node no longer belongs to the document, which is the same news.
		new WebDriverWait(browser, PATIENCE).until((driver) -> {
			try {
				old.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				return true;
			}
		});
		waitFor(browser, address, shown);
	}

	private static void waitFor(ChromeDriver browser, String address, By shown) {
		new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.and(ExpectedConditions.urlContains(address),
				ExpectedConditions.presenceOfElementLocated(shown),
				(driver) -> "complete".equals(browser.executeScript("return document.readyState"))));
	}

	/** A text as the analysts, who chose English, read it. */
	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	private void check(ChromeDriver browser, String label) {
		this.problems.addAll(Axe.seriousViolations(browser, label));
	}

}
