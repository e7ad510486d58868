package org.vigie.mobilisation.events.checkin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.SiteClient;
import org.vigie.TestClock;
import org.vigie.identity.Role;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.events.EventStore;
import org.vigie.mobilisation.events.Registration;
import org.vigie.mobilisation.events.Registrations;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaigner at the door, on a phone-sized Chromium: signs in, looks a name up, checks
 * the person in, opens a scanned ticket's address and checks that person in; axe-core
 * finds no serious or critical violation on the check-in pages.
 */
@MobilisationTest
class CheckInBrowserTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SiteClient site;

	@Autowired
	private EventStore events;

	@Autowired
	private Registrations registrations;

	@Autowired
	private People people;

	@Autowired
	private CheckInCodes codes;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	private ChromeDriver browser;

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void aCampaignerChecksPeopleInFromAPhone() {
		this.browser = Browser.start(true);
		this.browser.manage().window().setSize(new Dimension(390, 844));
		Instant now = this.clock.instant();
		CheckInFixtures fixtures = new CheckInFixtures(this.events, this.registrations, this.people, now);
		Registration ines = fixtures.register("Inès Verhaegen", 2, "Interprète en langue des signes", now);
		Registration tom = fixtures.register("Tom Claes", 1, null, now);
		String desk = "/admin/mobilisation/events/" + fixtures.event + "/check-in";
		Campaigners.Enrolled member = Campaigners.create(this.context, Role.CAMPAIGNER, Language.EN);
		List<String> problems = new ArrayList<>();
		this.browser.get(this.site.url("/admin/login"));
		this.browser.findElement(By.id("email")).sendKeys(member.email());
		this.browser.findElement(By.id("password")).sendKeys(Campaigners.PASSWORD);
		this.browser.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		waitFor("/admin/two-factor");
		this.browser.findElement(By.id("code")).sendKeys(member.codes().get(0));
		this.browser.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/admin$"));

		this.browser.get(this.site.url(desk));
		problems.addAll(Axe.seriousViolations(this.browser, "check-in"));
		this.browser.findElement(By.id("q")).sendKeys("ines");
		this.browser.findElement(By.cssSelector("form[role=search] button")).click();
		waitFor("q=ines");
		assertThat(this.browser.findElements(By.cssSelector("[data-person] strong"))).singleElement()
			.satisfies((name) -> assertThat(name.getText()).isEqualTo("Inès Verhaegen"));
		this.browser.findElement(By.cssSelector("[data-person='" + ines.id() + "'] button")).click();
		waitFor("done=CHECKED_IN");
		assertThat(this.browser.findElement(By.cssSelector("[data-done]")).getText())
			.isEqualTo("Inès Verhaegen: arrival recorded.");
		assertThat(this.browser.findElement(By.cssSelector("[data-counts]")).getText())
			.isEqualTo("1 of 2 registrations arrived (2 of 3 places)");
		problems.addAll(Axe.seriousViolations(this.browser, "checked in"));

		this.browser.get(this.site.url(desk + "/" + this.codes.code(tom.id())));
		assertThat(this.browser.findElement(By.cssSelector("[data-scanned]")).getText()).isEqualTo("Tom Claes");
		problems.addAll(Axe.seriousViolations(this.browser, "scanned ticket"));
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor("done=CHECKED_IN");
		assertThat(this.browser.findElement(By.cssSelector("[data-counts]")).getText())
			.isEqualTo("2 of 2 registrations arrived (3 of 3 places)");
		assertThat(this.registrations.find(tom.id()).orElseThrow().checkedInAt()).isNotNull();
		assertThat(problems).isEmpty();
	}

	private void waitFor(String part) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
	}

}
