package org.vigie.fundraising.selfservice;

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
import org.openqa.selenium.chrome.ChromeDriver;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingFixtures;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.banking.StructuredCommunication;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.gifts.Transfers;
import org.vigie.fundraising.web.SupportPaths;
import org.vigie.learning.Clicks;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A donor's journey in Chromium: gives by bank transfer on a campaign's form, sees the
 * transfer details with their QR code; the transfer arrives (the bank statement, played
 * by the test) and the thank-you email comes; its address of "my gifts" asks for a link,
 * the link comes by email, opens the donor's page, which lists the gift. axe-core finds
 * no serious violation on the pages met.
 */
@FundraisingTest
class DonorJourneyBrowserTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private Transfers transfers;

	@Autowired
	private TestClock clock;

	private ChromeDriver browser;

	private final List<String> violations = new ArrayList<>();

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aDonorGivesByTransferThenSeesTheGiftOnTheirPage() {
		this.browser = Browser.start(true);
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		String email = "journey." + UUID.randomUUID() + "@example.org";

		open(SupportPaths.campaign(Language.EN, campaign));
		this.violations.addAll(Axe.seriousViolations(this.browser, "campaign"));
		open(SupportPaths.give(Language.EN, campaign));
		this.violations.addAll(Axe.seriousViolations(this.browser, "give"));
		this.browser.findElement(By.cssSelector("input[name=amount][value=other]")).click();
		this.browser.findElement(By.id("other")).sendKeys("35");
		this.browser.findElement(By.id("firstName")).sendKeys("Lena");
		this.browser.findElement(By.id("lastName")).sendKeys("Peeters");
		this.browser.findElement(By.id("email")).sendKeys(email);
		this.browser.findElement(By.cssSelector("input[name=consent]")).click();
		this.clock.advance(Duration.ofSeconds(5));
		click(By.cssSelector("form.give-form button[type=submit]"));

		assertThat(this.browser.findElement(By.cssSelector("[data-amount]")).getText()).isEqualTo("€35.00");
		assertThat(this.browser.findElements(By.cssSelector("[data-qr] svg"))).hasSize(1);
		this.violations.addAll(Axe.seriousViolations(this.browser, "transfer"));
		StructuredCommunication communication = StructuredCommunication
			.parse(this.browser.findElement(By.cssSelector("[data-communication]")).getText());

		assertThat(this.transfers.settle(communication, 3500, today(), "statement:journey-" + UUID.randomUUID()))
			.isPresent();
		Mailbox mailbox = new Mailbox(mail);
		MimeMessage thanks = mailbox.await(email, 1).get(0);
		assertThat(Mailbox.text(thanks)).contains("Dear Lena", "€35.00");

		open(Mailbox.link(thanks, "/en/support/my-gifts"));
		this.violations.addAll(Axe.seriousViolations(this.browser, "ask"));
		this.browser.findElement(By.id("email")).sendKeys(email);
		this.clock.advance(Duration.ofSeconds(5));
		click(By.cssSelector("form.mine-ask button[type=submit]"));
		assertThat(this.browser.findElement(By.cssSelector("[data-notice]")).getText())
			.startsWith("If this address gave to us, a link to your page is on its way.");

		MimeMessage link = mailbox.await(email, 2).get(1);
		open(Mailbox.link(link, "?t="));
		this.violations.addAll(Axe.seriousViolations(this.browser, "link"));
		click(By.cssSelector("form.mine-open button[type=submit]"));

		assertThat(this.browser.findElement(By.cssSelector("[data-donor]")).getText()).startsWith("Hello Lena.");
		assertThat(this.browser.findElements(By.cssSelector("[data-gift]"))).hasSize(1);
		assertThat(this.browser.findElement(By.cssSelector("[data-gift] [data-amount]")).getText()).isEqualTo("€35.00");
		assertThat(this.browser.findElement(By.cssSelector("[data-gift] [data-status]")).getText())
			.isEqualTo("Received");
		assertThat(this.browser.manage().getCookieNamed("vigie_gifts")).isNotNull();
		this.violations.addAll(Axe.seriousViolations(this.browser, "donor page"));
		assertThat(this.violations).isEmpty();
	}

	private void open(String path) {
		this.browser.get("http://127.0.0.1:" + this.port + path);
	}

	private void click(By selector) {
		Clicks.click(this.browser, selector, true);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
	}

}
