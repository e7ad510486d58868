package org.vigie.mobilisation.newsletter;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.SiteClient;
import org.vigie.identity.Role;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.Supporter;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, a reader subscribes from the footer of the home page and confirms from the
 * email; an editor composes an issue from a post, previews it, sends a test to themself,
 * then sends it; the reader's email arrives and a mail provider's one-click POST to its
 * {@code List-Unsubscribe} address unsubscribes them. axe-core finds no serious or
 * critical violation on the pages walked.
 */
@MobilisationTest
class NewsletterBrowserTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SiteClient site;

	@Autowired
	private People people;

	@Autowired
	private Subscribers subscribers;

	@Autowired
	private DeliverySchedule.DeliveryRun run;

	@Autowired
	private JdbcClient jdbc;

	private ChromeDriver browser;

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void fromTheFooterToAnIssueToTheOneClickUnsubscribe() throws Exception {
		this.browser = Browser.start(true);
		List<String> problems = new ArrayList<>();
		String key = UUID.randomUUID().toString().substring(0, 8);
		EmailAddress reader = EmailAddress.parse("reader-" + key + "@example.org").orElseThrow();

		this.browser.get(this.site.url("/en/"));
		problems.addAll(Axe.seriousViolations(this.browser, "home with the footer form"));
		this.browser.findElement(By.id("footer-newsletter-email")).sendKeys(reader.value());
		this.browser.findElement(By.id("footer-newsletter-topic-events")).click();
		this.browser.findElement(By.cssSelector("form[data-newsletter-form=footer-newsletter] button")).click();
		waitFor("/en/newsletter/sent");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Check your mailbox");
		problems.addAll(Axe.seriousViolations(this.browser, "sent"));

		MimeMessage confirmation = new Mailbox(mail).await(reader.value(), 1).get(0);
		this.browser.get(this.site.url(Mailbox.link(confirmation, "/confirm/")));
		waitFor("/en/newsletter/welcome");
		problems.addAll(Axe.seriousViolations(this.browser, "welcome"));
		Subscription subscribed = this.subscribers.find(this.people.find(reader).orElseThrow(), Language.EN)
			.orElseThrow();
		assertThat(subscribed.confirmed()).isTrue();
		assertThat(subscribed.topics()).isEqualTo(new Topics(true, true, false));
		this.browser.get(this.site.url("/en/newsletter"));
		problems.addAll(Axe.seriousViolations(this.browser, "newsletter page"));

		Editors.Enrolled editor = Editors.create(this.context, Role.EDITOR);
		signIn(editor);
		this.browser.get(this.site.url("/admin/newsletter"));
		problems.addAll(Axe.seriousViolations(this.browser, "issues"));
		this.browser.findElement(By.cssSelector("a[data-new=en]")).click();
		waitFor("/admin/newsletter/new");
		problems.addAll(Axe.seriousViolations(this.browser, "compose"));
		this.browser.findElement(By.id("subject")).sendKeys("News " + key);
		this.browser.findElement(By.id("intro")).sendKeys("Hello from the team " + key);
		WebElement post = this.browser.findElement(By.cssSelector("[data-posts] input[name=post]"));
		String title = this.browser.findElement(By.cssSelector("label[for=" + post.getAttribute("id") + "]")).getText();
		post.click();
		this.browser.findElement(By.cssSelector("button[data-save]")).click();
		waitFor("done=saved");
		problems.addAll(Axe.seriousViolations(this.browser, "issue"));
		assertThat(this.browser.findElement(By.cssSelector("[data-preview]")).getText()).contains(title)
			.contains("Hello from the team " + key);

		this.browser.findElement(By.cssSelector("form[data-test] button")).click();
		waitFor("done=tested");
		MimeMessage test = new Mailbox(mail).await(editor.email(), 1).get(0);
		assertThat(test.getSubject()).isEqualTo("[Test] News " + key);
		this.browser.findElement(By.id("confirm")).click();
		this.browser.findElement(By.cssSelector("form[data-send] button")).click();
		waitFor("done=queued");
		problems.addAll(Axe.seriousViolations(this.browser, "sending"));
		while (this.run.run() > 0) {
			// the job's runs, without waiting for its schedule
		}

		MimeMessage issue = new Mailbox(mail).await(reader.value(), 2).get(1);
		assertThat(issue.getSubject()).isEqualTo("News " + key);
		assertThat(Mailbox.text(issue)).contains(title);
		String unsubscribe = issue.getHeader("List-Unsubscribe")[0];
		assertThat(issue.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		String path = unsubscribe.substring(unsubscribe.indexOf("/en/"), unsubscribe.length() - 1);
		this.browser.get(this.site.url(path));
		problems.addAll(Axe.seriousViolations(this.browser, "unsubscribe"));
		assertThat(this.subscribers.find(subscribed.id()).orElseThrow().confirmed()).isTrue();
		HttpResponse<String> oneClick = Supporter.fromOwnNetwork(this.port)
			.post(path, Map.of("List-Unsubscribe", "One-Click"), "Sec-Fetch-Site", "cross-site");
		assertThat(oneClick.statusCode()).isEqualTo(200);
		assertThat(this.subscribers.find(subscribed.id()).orElseThrow().confirmed()).isFalse();
		assertThat(problems).isEmpty();
	}

	private void signIn(Editors.Enrolled editor) {
		this.browser.get(this.site.url("/admin/login"));
		this.browser.findElement(By.id("email")).sendKeys(editor.email());
		this.browser.findElement(By.id("password")).sendKeys(Editors.PASSWORD);
		this.browser.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		waitFor("/admin/two-factor");
		this.browser.findElement(By.id("code")).sendKeys(editor.codes().get(0));
		this.browser.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/admin$"));
	}

	private void waitFor(String part) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
	}

}
