package org.vigie.identity.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.SiteClient;
import org.vigie.SiteTest;
import org.vigie.identity.Role;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffMember;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back-office in a real browser: signed in with the keyboard-usable forms, every page
 * passes axe-core with no serious or critical violation.
 */
@SiteTest
@TestPropertySource(properties = "vigie.test.context=back-office-browser")
class BackOfficeAccessibilityTest {

	private static ChromeDriver browser;

	@Autowired
	private SiteClient site;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private TwoFactor twoFactor;

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
	void everyBackOfficePageIsAccessible() throws Exception {
		StaffMember admin = this.accounts.create("a11y@example.org", "Alex", "correct horse battery staple",
				Language.EN, Set.of(Role.ADMINISTRATOR), "test");
		String secret = this.twoFactor.newSecret();
		List<String> codes = this.twoFactor.enrol(admin.getId(), secret, totp(secret)).orElseThrow();
		List<String> problems = new ArrayList<>();
		for (String path : List.of("/admin/login", "/admin/login?error=bad", "/admin/password-reset")) {
			problems.addAll(violations(path));
		}

		browser.get(this.site.url("/admin/login"));
		browser.findElement(By.id("email")).sendKeys("a11y@example.org");
		browser.findElement(By.id("password")).sendKeys("correct horse battery staple");
		browser.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		// Each click submits a form: wait for the next page before reading it.
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/admin/two-factor"));
		problems.addAll(Axe.seriousViolations(browser, "/admin/two-factor"));
		browser.findElement(By.id("code")).sendKeys(codes.get(0));
		browser.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();

		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/admin$"));
		for (String path : List.of("/admin", "/admin/audit", "/admin/audit?verify", "/admin/staff", "/admin/account")) {
			problems.addAll(violations(path));
		}
		assertThat(problems).isEmpty();
	}

	private List<String> violations(String path) {
		browser.get(this.site.url(path));
		return Axe.seriousViolations(browser, path);
	}

	private static String totp(String secret) throws Exception {
		TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
		return generator.generateOneTimePasswordString(
				new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm()), Instant.now());
	}

}
