package org.vigie.reporting.desk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.HtmlChecker;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.identity.Role;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.media.TestImages;
import org.vigie.reporting.ReportingFixtures;
import org.vigie.reporting.ReportingTest;
import org.vigie.reporting.reports.ImageCleaner;
import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.vault.RecoveryKey;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Triage in a real browser: the list, a report whose image stays blurred until the
 * analyst reveals it with a click or the keyboard, and the workspace's other pages, all
 * without a serious or critical axe-core violation and valid by the Nu HTML Checker.
 */
@ReportingTest
class DeskBrowserTest {

	private static ChromeDriver browser;

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

	@BeforeEach
	void lineIsOpen() {
		ReportingFixtures.recoveryKey(this.recovery);
	}

	@Test
	void anAnalystRevealsABlurredImageWithTheMouseOrTheKeyboardOnAccessiblePages() {
		DeskStaff admin = DeskStaff.create(this.accounts, this.twoFactor, this.clock, "Triage", Role.ADMINISTRATOR);
		browser.get(this.site.url("/admin/login"));
		browser.findElement(By.id("email")).sendKeys(admin.member().getEmail());
		browser.findElement(By.id("password")).sendKeys(ReportingFixtures.PASSWORD);
		browser.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		waitFor("/admin/two-factor");
		browser.findElement(By.id("code")).sendKeys(admin.codes().remove(0));
		browser.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/admin$"));
		UUID id = this.reports
			.submit(ReportingFixtures.report("browser"), List.of(ImageCleaner.clean(TestImages.jpeg(120, 90))))
			.id();
		List<String> problems = new ArrayList<>();

		browser.get(this.site.url("/admin/reports"));
		problems.addAll(Axe.seriousViolations(browser, "/admin/reports"));
		browser.findElement(By.cssSelector("a[href='/admin/reports/" + id + "']")).click();
		waitFor("/admin/reports/" + id);
		problems.addAll(Axe.seriousViolations(browser, "report"));

		WebElement image = browser.findElement(By.cssSelector("img.desk-blurred"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(
				(driver) -> ((Number) browser.executeScript("return arguments[0].naturalWidth", image)).intValue() > 0);
		assertThat(image.getCssValue("filter")).contains("blur");
		image.click();
		assertThat(image.getCssValue("filter")).isEqualTo("none");
		WebElement reveal = browser.findElement(By.cssSelector("input.desk-reveal"));
		reveal.sendKeys(Keys.SPACE);
		assertThat(image.getCssValue("filter")).as("the keyboard blurs it again").contains("blur");
		reveal.sendKeys(Keys.SPACE);
		assertThat(image.getCssValue("filter")).isEqualTo("none");

		for (String path : List.of("/admin/reports/access", "/admin/reports/figures", "/admin/reporting-settings",
				"/admin")) {
			browser.get(this.site.url(path));
			problems.addAll(Axe.seriousViolations(browser, path));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theWorkspacePagesAreValidHtml() {
		DeskStaff admin = DeskStaff.create(this.accounts, this.twoFactor, this.clock, "Valid", Role.ADMINISTRATOR);
		StaffBrowser http = admin.signIn(this.site);
		UUID id = this.reports
			.submit(ReportingFixtures.report("valid"), List.of(ImageCleaner.clean(TestImages.jpeg(20, 20))))
			.id();
		List<String> errors = new ArrayList<>();
		for (String path : List.of("/admin/reports", "/admin/reports/" + id, "/admin/reports/access",
				"/admin/reports/figures", "/admin/reporting-settings", "/admin")) {
			var answer = http.get(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			errors.addAll(HtmlChecker.check(path, answer.body()).errorsNotingWarnings());
		}
		assertThat(errors).isEmpty();
	}

	private static void waitFor(String path) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(path));
	}

}
