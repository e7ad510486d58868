package org.vigie.fundraising.pages;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingFixtures;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.banking.StructuredCommunication;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignKind;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.gifts.Transfers;
import org.vigie.fundraising.web.SupportPaths;
import org.vigie.learning.Clicks;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A runner in Chromium: from the event's page, creates a page, publishes it by the link
 * emailed to them; a sponsor opens the page, gives by transfer through the NGO's
 * checkout, and once the bank statement shows the transfer the page and the leaderboard
 * show the new total. axe-core finds no serious violation on the pages met.
 */
@FundraisingTest
class RunnerJourneyBrowserTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private Transfers transfers;

	@Autowired
	private TestClock clock;

	@Value("${local.server.port}")
	private int port;

	private ChromeDriver browser;

	private final List<String> violations = new ArrayList<>();

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aRunnerCreatesTheirPageAndASponsorGivesOnIt() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
		Campaign campaign = FundraisingFixtures.campaign(this.campaigns, CampaignKind.EVENT, today.minusDays(3),
				today.plusDays(30));
		this.browser = Browser.start(true);

		open(SupportPaths.campaign(Language.EN, campaign));
		this.violations.addAll(Axe.seriousViolations(this.browser, "event"));
		assertThat(text("[data-participants]")).contains("No page yet");
		click("[data-participants] [data-create-link]");
		this.violations.addAll(Axe.seriousViolations(this.browser, "create"));
		String email = "robin." + UUID.randomUUID() + "@example.org";
		type("#name", "Robin K.");
		assertThat(this.browser.findElement(By.id("slug")).getAttribute("placeholder"))
			.as("the address the page gets when the field stays empty")
			.isEqualTo("robin-k");
		type("#goal", "200");
		type("#story", "Twenty kilometres for the children.");
		type("#email", email);
		this.clock.advance(Duration.ofSeconds(10));
		click("form.page-form button[type=submit]");
		assertThat(text("[data-sent]")).contains("we emailed you a link");

		open(Mailbox.link(new Mailbox(mail).await(email, 1).get(0), "/publish?t="));
		this.violations.addAll(Axe.seriousViolations(this.browser, "publish"));
		click("form.publish-form button[type=submit]");
		assertThat(this.browser.getCurrentUrl()).endsWith(PagePaths.page(Language.EN, campaign, "robin-k"));
		this.violations.addAll(Axe.seriousViolations(this.browser, "runner's page"));
		assertThat(text("h1")).isEqualTo("Robin K.");
		assertThat(text("[data-raised]")).isEqualTo("€0");

		click("[data-sponsor]");
		this.violations.addAll(Axe.seriousViolations(this.browser, "checkout"));
		assertThat(text("[data-credited]")).contains("Robin K.");
		this.browser.findElement(By.cssSelector("input[name=amount][value=other]")).click();
		type("#other", "50");
		type("#firstName", "Sam");
		type("#lastName", "Sponsor");
		type("#email", "sam." + UUID.randomUUID() + "@example.org");
		this.browser.findElement(By.cssSelector("input[name=consent]")).click();
		this.clock.advance(Duration.ofSeconds(10));
		click("form.give-form button[type=submit]");
		StructuredCommunication communication = StructuredCommunication.parse(text("[data-communication]"));

		assertThat(this.transfers.settle(communication, 5000, today, "statement:" + UUID.randomUUID())).isPresent();

		open(PagePaths.page(Language.EN, campaign, "robin-k"));
		assertThat(text("[data-raised]")).isEqualTo("€50");
		assertThat(text("[data-sponsors]")).isEqualTo("1");
		open(SupportPaths.campaign(Language.EN, campaign));
		assertThat(text("[data-runners] [data-standing]")).contains("Robin K.", "€50");
		assertThat(this.violations).isEmpty();
	}

	private void open(String path) {
		this.browser.get("http://127.0.0.1:" + this.port + path);
	}

	private void click(String selector) {
		Clicks.click(this.browser, By.cssSelector(selector), true);
	}

	private void type(String selector, String text) {
		this.browser.findElement(By.cssSelector(selector)).sendKeys(text);
	}

	private String text(String selector) {
		return this.browser.findElement(By.cssSelector(selector)).getText().replace('\u00a0', ' ');
	}

}
