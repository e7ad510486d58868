package org.vigie.reporting.handover;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.HtmlChecker;
import org.vigie.SecondFactors;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.identity.Role;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffMember;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.reporting.ReportingFixtures;
import org.vigie.reporting.ReportingTest;
import org.vigie.reporting.reports.FollowUp;
import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.vault.RecoveryKey;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-over pages are valid HTML (the Nu checker) and pass axe-core in a real browser
 * with no serious or critical violation, in every state: the units page with its errors
 * shown, the list, the preparation form, a pending and an approved hand-over.
 */
@ReportingTest
class HandoverPagesQualityTest {

	private static final String UNITS = "/admin/reporting-settings/units";

	private static final String HANDOVERS = "/admin/reports/handovers";

	private static ChromeDriver browser;

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

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void everyHandoverPageIsValidAndAccessible() {
		ReportingFixtures.recoveryKey(this.recovery);
		StaffMember adminMember = this.accounts.create("a11y-" + UUID.randomUUID() + "@example.org", "Alex",
				ReportingFixtures.PASSWORD, Language.EN, Set.of(Role.ADMINISTRATOR), "test");
		List<String> adminCodes = SecondFactors.enrol(this.twoFactor, this.clock, adminMember.getId());
		StaffBrowser admin = StaffBrowser.fromOwnAddress(this.site);
		admin.signIn(adminMember.getEmail(), ReportingFixtures.PASSWORD, adminCodes.get(0));
		StaffMember ana = ReportingFixtures.analyst(this.accounts, "Ana");
		StaffBrowser anaBrowser = StaffBrowser.fromOwnAddress(this.site);
		anaBrowser.signIn(ana.getEmail(), ReportingFixtures.PASSWORD,
				SecondFactors.enrol(this.twoFactor, this.clock, ana.getId()).get(0));
		signInTheBrowser(adminMember, adminCodes.get(1));
		UUID report = this.reports.submit(ReportingFixtures.report("qa", FollowUp.CONSENT), List.of()).id();
		String unit = admin
			.submit(UNITS, UNITS,
					Map.of("name", "Unit", "contact", "tel", "key", TestKeys.publicPart(TestKeys.unit("Unit"))))
			.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceAll(".*#unit-", "");
		String pending = prepared(anaBrowser, report, unit);
		String approved = prepared(anaBrowser, report, unit);
		admin.submit(approved, approved + "/approve", Map.of());

		List<String> problems = new ArrayList<>();
		HttpResponse<String> refused = admin.submit(UNITS, UNITS, Map.of("name", "", "contact", "", "key", "x"));
		problems.addAll(HtmlChecker.check(UNITS + " (refused)", refused.body()).errorsNotingWarnings());
		for (String path : List.of(UNITS, HANDOVERS, HANDOVERS + "/new?report=" + report, pending, approved)) {
			problems.addAll(HtmlChecker.check(path, admin.get(path).body()).errorsNotingWarnings());
			browser.get(this.site.url(path));
			problems.addAll(Axe.seriousViolations(browser, path));
		}
		assertThat(problems).isEmpty();
	}

	private String prepared(StaffBrowser analyst, UUID report, String unit) {
		return analyst
			.post(HANDOVERS + "?fields=WHAT&fields=CONTACT",
					Map.of("_csrf", analyst.csrf(HANDOVERS), "report", report.toString(), "unit", unit))
			.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceAll("^https?://[^/]+", "")
			.replaceAll("\\?.*", "");
	}

	private void signInTheBrowser(StaffMember member, String code) {
		browser.get(this.site.url("/admin/login"));
		browser.findElement(By.id("email")).sendKeys(member.getEmail());
		browser.findElement(By.id("password")).sendKeys(ReportingFixtures.PASSWORD);
		browser.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/admin/two-factor"));
		browser.findElement(By.id("code")).sendKeys(code);
		browser.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/admin$"));
	}

}
