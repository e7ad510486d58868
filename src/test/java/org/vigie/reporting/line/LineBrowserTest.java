package org.vigie.reporting.line;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.TestClock;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffMember;
import org.vigie.media.TestImages;
import org.vigie.reporting.ReportingFixtures;
import org.vigie.reporting.ReportingTest;
import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.vault.RecoveryKey;
import org.vigie.reporting.vault.ReportKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporter's journey in Chromium: with JavaScript switched off every step works (the
 * server carries the answers), and with it on the page only gets better; axe-core finds
 * no serious or critical violation on any page of the line.
 */
@ReportingTest
class LineBrowserTest {

	@Autowired
	private RecoveryKey recovery;

	@Autowired
	private Reports reports;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private LineThrottle throttle;

	@Value("${local.server.port}")
	private int port;

	private ChromeDriver browser;

	private boolean javascript;

	private final List<String> violations = new ArrayList<>();

	@BeforeEach
	void lineIsOpen() {
		ReportingFixtures.recoveryKey(this.recovery);
		this.throttle.forget();
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theWholeJourneyWorksWithJavaScriptOff() throws IOException {
		this.browser = Browser.start(false);
		open("/en/report");
		assertThat(this.browser.findElement(By.cssSelector("a[data-leave]")).getAttribute("href"))
			.isEqualTo("https://www.wikipedia.org/");
		String receipt = fillInAndSend("nojs");
		assertThat(this.browser.findElement(By.cssSelector("button[data-copy]")).isDisplayed()).isFalse();

		click(By.cssSelector("label[for=saved]"), false);
		click(By.cssSelector("form.line-saved button"), true);
		assertThat(text()).contains("Come back here with your receipt");
		this.browser.findElement(By.id("f-receipt")).sendKeys(receipt);
		pause();
		click(By.cssSelector("form button[type=submit]"), true);
		assertThat(text()).contains("Your report now: received");

		analystWrites(receipt, "Did you see the child again?");
		open("/en/report/follow-up");
		assertThat(text()).contains("From the line", "Did you see the child again?");
		this.browser.findElement(By.id("f-text")).sendKeys("Once more, the next day.");
		this.browser.findElement(By.id("f-images")).sendKeys(image().toString());
		pause();
		click(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]"), true);
		assertThat(text()).contains("From you", "Once more, the next day.", "Images attached: 1");
		click(By.cssSelector("form.line-close button"), true);
		assertThat(text()).contains("Follow-up closed");
		open("/en/report/follow-up");
		assertThat(this.browser.findElements(By.id("f-receipt"))).hasSize(1);
	}

	@Test
	void withJavaScriptTheLinesPagesLeaveNoTraceAndPassAxe() throws IOException {
		this.javascript = true;
		this.browser = Browser.start(true);
		open("/en");
		open("/en/report");
		check("landing");
		this.browser.findElement(By.cssSelector("a[data-leave]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/en/report")));
		this.browser.navigate().back();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("127.0.0.1"));
		assertThat(this.browser.getCurrentUrl()).as("the line left the history").doesNotContain("/report");
		open("/fr/signaler");
		check("landing fr");
		open("/en/report/follow-up");
		check("follow-up");
		String receipt = fillInAndSend("js");
		check("receipt");
		assertThat(this.browser.findElement(By.cssSelector("button[data-copy]")).isDisplayed()).isTrue();
		click(By.cssSelector("label[for=saved]"), false);
		click(By.cssSelector("form.line-saved button"), true);
		this.browser.findElement(By.id("f-receipt")).sendKeys(receipt);
		pause();
		click(By.cssSelector("form button[type=submit]"), true);
		check("status");
		open("/nl/melden/formulier");
		pause();
		click(By.cssSelector(".line-actions button[type=submit]"), true);
		check("step with errors");
		assertThat(this.violations).isEmpty();
	}

	/** Fills in every step as a person would and sends the report; the receipt shown. */
	private String fillInAndSend(String marker) throws IOException {
		open("/en/report");
		click(By.cssSelector("a.line-start"), true);
		check("step 1");
		click(By.cssSelector("label[for=f-category-SUSPICIOUS_BEHAVIOUR]"), false);
		this.browser.findElement(By.id("f-what")).sendKeys("A man took a girl of about ten into his room " + marker);
		next();
		check("step 2");
		new Select(this.browser.findElement(By.id("f-country"))).selectByValue("KH");
		this.browser.findElement(By.id("f-city")).sendKeys("Siem Reap");
		new Select(this.browser.findElement(By.id("f-placeType"))).selectByValue("HOTEL");
		assertThat(this.browser.findElement(By.id("f-latitude")).isDisplayed()).isFalse();
		click(By.cssSelector(".line-position summary"), false);
		assertThat(this.browser.findElement(By.cssSelector("button[data-locate]")).isDisplayed())
			.as("use my position, offered only with scripts")
			.isEqualTo(this.javascript);
		this.browser.findElement(By.id("f-latitude")).sendKeys("13.36179");
		this.browser.findElement(By.id("f-longitude")).sendKeys("103.86056");
		click(By.cssSelector("label[for=f-precision-1]"), false);
		next();
		check("step 3");
		this.browser.findElement(By.id("f-when")).sendKeys("Last Tuesday evening");
		this.browser.findElement(By.id("f-languages")).sendKeys("English, Khmer");
		next();
		check("step 4");
		click(By.cssSelector("label[for=f-followUp-MESSAGES]"), false);
		this.browser.findElement(By.id("f-images")).sendKeys(image().toString());
		pause();
		click(By.cssSelector(".line-actions button[type=submit]"), true);
		assertThat(text()).contains("Your report was received");
		return this.browser.findElement(By.id("receipt")).getText();
	}

	private void next() {
		pause();
		click(By.cssSelector(".line-actions button[type=submit]"), true);
	}

	/** A person takes a few seconds per step; the forms refuse faster ones. */
	private void pause() {
		this.clock.advance(Duration.ofSeconds(5));
	}

	private void click(By selector, boolean newPage) {
		WebElement page = this.browser.findElement(By.tagName("html"));
		this.browser.findElement(selector).click();
		if (newPage) {
			// The old page is gone once its element can no longer be reached.
			new WebDriverWait(this.browser, Duration.ofSeconds(30)).until((driver) -> {
				try {
					page.isEnabled();
					return false;
				}
				catch (WebDriverException gone) {
					return true;
				}
			});
		}
	}

	private void open(String path) {
		this.browser.get("http://127.0.0.1:" + this.port + path);
	}

	private String text() {
		return this.browser.findElement(By.tagName("body")).getText();
	}

	/** Runs axe-core on the page, when the browser runs scripts (axe is one). */
	private void check(String label) {
		if (!this.javascript) {
			return;
		}
		this.violations.addAll(Axe.seriousViolations(this.browser, label));
	}

	private static Path image() throws IOException {
		Path file = Files.createTempFile("line-", ".jpg");
		Files.write(file, TestImages.jpeg(40, 30));
		file.toFile().deleteOnExit();
		return file;
	}

	private void analystWrites(String receipt, String text) {
		UUID id = this.jdbc.sql("select id from reporting_report where locator = ?")
			.param(receipt.substring(0, 4))
			.query(UUID.class)
			.single();
		StaffMember analyst = ReportingFixtures.analyst(this.accounts, "Browser");
		ReportKey key = this.reports.key(id, this.recovery.open(ReportingFixtures.recoveryKey(this.recovery)))
			.orElseThrow();
		this.reports.analystWrites(key, this.accounts.withPermissions(analyst.getId()), text);
	}

}
