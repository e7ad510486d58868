package org.vigie.mobilisation.statements;

import org.vigie.mobilisation.Campaigners;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.SiteClient;
import org.vigie.TestClock;
import org.vigie.identity.Role;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.site.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: an organisation signs with an address at its domain, confirms from the
 * email and appears on the list with its badge; another signs with a webmail address,
 * confirms, waits in the queue, and appears once a campaigner approves it. axe-core finds
 * no serious or critical violation on the pages on the way.
 */
@MobilisationTest
class StatementBrowserTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SiteClient site;

	@Autowired
	private StatementStore store;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	private ChromeDriver browser;

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void oneOrganisationConfirmsAtItsDomainAnotherIsApprovedByACampaigner() {
		this.browser = Browser.start(true);
		List<String> problems = new ArrayList<>();
		Statement statement = Statements.open(this.store, this.clock);
		String path = StatementPaths.statement(Language.EN, statement);
		String domain = "browser-" + UUID.randomUUID().toString().substring(0, 8) + ".be";

		sign(path, "Browser Rights Network", "NGO", "www." + domain, "info@" + domain);
		problems.addAll(Axe.seriousViolations(this.browser, "signed"));
		this.browser.get(confirmLink("info@" + domain));
		waitFor("?confirmed");
		assertThat(text("[data-signatory]")).contains("Browser Rights Network")
			.contains("address verified at the domain");
		problems.addAll(Axe.seriousViolations(this.browser, "statement with signatories"));

		String webmail = "school." + UUID.randomUUID() + "@gmail.com";
		sign(path, "Browser Primary School", "SCHOOL", "primary-" + domain, webmail);
		this.browser.get(confirmLink(webmail));
		waitFor("?review");
		assertThat(text("[data-signatories]")).doesNotContain("Browser Primary School");

		Campaigners.Enrolled member = Campaigners.create(this.context, Role.CAMPAIGNER, Language.EN);
		this.browser.get(this.site.url("/admin/login"));
		this.browser.findElement(By.id("email")).sendKeys(member.email());
		this.browser.findElement(By.id("password")).sendKeys(Campaigners.PASSWORD);
		this.browser.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		waitFor("/admin/two-factor");
		this.browser.findElement(By.id("code")).sendKeys(member.codes().get(0));
		this.browser.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/admin$"));
		this.browser.get(this.site.url("/admin/mobilisation"));
		this.browser.findElement(By.cssSelector("[data-areas] a[href='/admin/mobilisation/statements']")).click();
		waitFor("/admin/mobilisation/statements");
		problems.addAll(Axe.seriousViolations(this.browser, "statements"));
		this.browser.findElement(By.cssSelector("[data-key='" + statement.key() + "'] a[href$='/signatures']")).click();
		waitFor("/signatures");
		problems.addAll(Axe.seriousViolations(this.browser, "signatures"));
		assertThat(text("[data-queue]")).contains("Browser Primary School");
		this.browser.findElement(By.cssSelector("[data-queue] form[data-approve] button")).click();
		waitFor("done=approved");
		assertThat(text("[data-done]")).isEqualTo("Signature approved.");

		this.browser.get(this.site.url(path));
		assertThat(text("[data-type=SCHOOL]")).contains("Browser Primary School").contains("approved by staff");
		assertThat(text("[data-count]")).isEqualTo("2 organisations have signed");
		assertThat(problems).isEmpty();
	}

	/**
	 * Fills the form in as a person does; the page was shown 5 s earlier on the test
	 * clock.
	 */
	private void sign(String path, String name, String type, String website, String email) {
		Instant now = this.clock.instant();
		try {
			this.clock.set(now.minus(Duration.ofSeconds(5)));
			this.browser.get(this.site.url(path));
		}
		finally {
			this.clock.set(now);
		}
		type("name", name);
		new Select(this.browser.findElement(By.id("type"))).selectByValue(type);
		type("city", "Leuven");
		type("website", website);
		type("contact", "Robin Contact");
		type("email", email);
		this.browser.findElement(By.id("consent")).click();
		this.browser.findElement(By.cssSelector("form[data-sign-form] button[type=submit]")).click();
		waitFor("?signed");
		assertThat(text("[data-notice]")).contains("confirmation email is on its way");
	}

	private String confirmLink(String email) {
		return Mailbox.links(new Mailbox(mail).await(email, 1).get(0))
			.stream()
			.filter((link) -> link.contains("/act/confirm/"))
			.map((link) -> link.startsWith("/") ? this.site.url(link) : link)
			.findFirst()
			.orElseThrow();
	}

	private void type(String id, String text) {
		WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private String text(String selector) {
		return this.browser.findElement(By.cssSelector(selector)).getText();
	}

	private void waitFor(String part) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
	}

}
