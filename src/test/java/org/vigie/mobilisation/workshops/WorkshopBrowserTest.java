package org.vigie.mobilisation.workshops;

import org.vigie.mobilisation.Campaigners;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.SiteClient;
import org.vigie.TestClock;
import org.vigie.identity.Role;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, a school asks for a workshop, confirms its address from the email, a
 * campaigner moves the request to delivered with its reach, and the school answers the
 * evaluation, then erases what the site holds from the link in its email; axe-core finds
 * no serious or critical violation on any of these pages.
 */
@MobilisationTest
class WorkshopBrowserTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SiteClient site;

	@Autowired
	private Projects projects;

	@Autowired
	private WorkshopRequests requests;

	@Autowired
	private People people;

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
	void aSchoolsRequestGoesFromTheFormToDeliveredWithItsReachAndIsEvaluated() {
		this.browser = Browser.start(true);
		List<String> problems = new ArrayList<>();
		Project project = WorkshopForms.project(this.projects, this.clock);
		String email = "school." + UUID.randomUUID() + "@example.org";

		this.browser.get(this.site.url("/en/workshops"));
		problems.addAll(Axe.seriousViolations(this.browser, "request form"));
		new Select(this.browser.findElement(By.id("project"))).selectByValue(project.id().toString());
		new Select(this.browser.findElement(By.id("ageGroup"))).selectByValue("AGE_12_14");
		type("youngPeople", "52");
		this.browser.findElement(By.cssSelector("input[name=periods][value=M03]")).click();
		this.browser.findElement(By.cssSelector("input[name=periods][value=TERM_3]")).click();
		type("organisation", "Brussels Test School");
		new Select(this.browser.findElement(By.id("kind"))).selectByValue("SCHOOL");
		new Select(this.browser.findElement(By.id("region"))).selectByValue("BRUSSELS");
		type("contactName", "Robin Teacher");
		type("email", email);
		this.browser.findElement(By.id("consent")).click();
		this.clock.advance(Duration.ofSeconds(5));
		this.browser.findElement(By.cssSelector("form[data-workshop-form] button[type=submit]")).click();
		waitFor("/en/workshops/request-sent");
		problems.addAll(Axe.seriousViolations(this.browser, "request sent"));

		MimeMessage confirmation = new Mailbox(mail).await(email, 1).get(0);
		this.browser.get(this.site.url(Mailbox.link(confirmation, "/confirm/")));
		waitFor("/en/workshops/request-confirmed");
		problems.addAll(Axe.seriousViolations(this.browser, "request confirmed"));
		WorkshopRequest request = this.requests
			.ofPerson(this.people.find(EmailAddress.parse(email).orElseThrow()).orElseThrow())
			.get(0);
		assertThat(request.periods()).containsExactly(Choices.Period.M03, Choices.Period.TERM_3);
		assertThat(request.confirmed()).isTrue();

		signIn();
		this.browser.findElement(By.cssSelector("[data-areas] a[href='" + WorkshopPaths.ADMIN + "']")).click();
		waitFor(WorkshopPaths.ADMIN);
		problems.addAll(Axe.seriousViolations(this.browser, "requests"));
		this.browser.findElement(By.cssSelector("tr[data-request='" + request.id() + "'] a")).click();
		waitFor(WorkshopPaths.admin(request.id()));
		problems.addAll(Axe.seriousViolations(this.browser, "request"));
		this.browser.findElement(By.cssSelector("form[data-forward] button")).click();
		waitFor("done=saved");
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
		day("scheduledOn", today);
		this.browser.findElement(By.cssSelector("form[data-forward] button")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBe(By.cssSelector("[data-state]"), "Scheduled"));
		type("young", "49");
		type("teachers", "3");
		this.browser.findElement(By.cssSelector("form[data-reach-form] button")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBe(By.cssSelector("[data-state]"), "Delivered"));
		assertThat(this.browser.findElement(By.cssSelector("[data-reach]")).getText()).startsWith("49 young people");
		problems.addAll(Axe.seriousViolations(this.browser, "delivered request"));

		MimeMessage invitation = new Mailbox(mail).await(email, 2)
			.stream()
			.filter((m) -> Mailbox.links(m).stream().anyMatch((l) -> l.contains("/evaluation/")))
			.findFirst()
			.orElseThrow();
		this.browser.get(this.site.url(Mailbox.link(invitation, "/evaluation/")));
		problems.addAll(Axe.seriousViolations(this.browser, "evaluation"));
		this.browser.findElement(By.cssSelector("input[name=usefulness][value='5']")).click();
		type("takeaway", "Whom to call when something feels wrong.");
		this.browser.findElement(By.cssSelector("input[name=recommend][value=yes]")).click();
		this.clock.advance(Duration.ofSeconds(5));
		this.browser.findElement(By.cssSelector("form[data-evaluation-form] button")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-done]")));
		problems.addAll(Axe.seriousViolations(this.browser, "evaluation answered"));
		assertThat(this.requests.byId(request.id()).orElseThrow().state()).isEqualTo(WorkshopState.EVALUATED);

		this.browser.get(this.site.url("/en/workshops/impact"));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Workshop " + project.code());
		problems.addAll(Axe.seriousViolations(this.browser, "impact"));

		this.browser.get(this.site.url(Mailbox.link(invitation, "/my-data/")));
		assertThat(this.browser.findElement(By.cssSelector("[data-consent] blockquote")).getText())
			.startsWith("I agree that the NGO keeps these details");
		problems.addAll(Axe.seriousViolations(this.browser, "my data"));
		this.browser.findElement(By.cssSelector("a[data-erase]")).click();
		waitFor("/erase");
		problems.addAll(Axe.seriousViolations(this.browser, "erase"));
		this.clock.advance(Duration.ofSeconds(5));
		this.browser.findElement(By.cssSelector("form[data-erase-form] button")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-nothing]")));
		problems.addAll(Axe.seriousViolations(this.browser, "erased"));
		assertThat(this.people.find(EmailAddress.parse(email).orElseThrow())).isEmpty();
		assertThat(problems).isEmpty();
	}

	private void signIn() {
		Campaigners.Enrolled member = Campaigners.create(this.context, Role.CAMPAIGNER, Language.EN);
		this.browser.get(this.site.url("/admin/login"));
		type("email", member.email());
		type("password", Campaigners.PASSWORD);
		this.browser.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		waitFor("/admin/two-factor");
		type("code", member.codes().get(0));
		this.browser.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/admin$"));
		this.browser.get(this.site.url("/admin/mobilisation"));
	}

	private void type(String id, String text) {
		WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void day(String id, LocalDate day) {
		this.browser.executeScript("arguments[0].value = arguments[1]", this.browser.findElement(By.id(id)),
				day.toString());
	}

	private void waitFor(String path) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(path));
	}

}
