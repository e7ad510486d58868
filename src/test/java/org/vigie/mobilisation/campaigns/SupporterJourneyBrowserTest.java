package org.vigie.mobilisation.campaigns;

import java.time.Duration;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.TestClock;
import org.vigie.learning.Clicks;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supporter in Chromium: joins a campaign from the "Act" page, confirms from the email
 * (the page confirms by itself), sees the counter go up on the campaign and the share
 * kit; a friend opens the personal link and joins, and the first supporter's kit says one
 * person joined through them. axe-core finds no serious violation on the pages met.
 */
@MobilisationTest
class SupporterJourneyBrowserTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private JdbcClient jdbc;

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
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void aSupporterJoinsConfirmsAndSeesAFriendJoinThroughTheirLink() {
		Campaign campaign = CampaignFixtures.open(this.campaigns, this.clock.instant());
		this.browser = Browser.start(true);

		open("/en/act");
		this.violations.addAll(Axe.seriousViolations(this.browser, "act"));
		click("[data-teaser] a[href='" + CampaignPaths.campaign(Language.EN, campaign) + "']");
		this.violations.addAll(Axe.seriousViolations(this.browser, "campaign"));
		assertThat(text("[data-supporters]")).isEqualTo("0");
		String email = "sam." + UUID.randomUUID() + "@example.org";
		join("Sam", email, "Brussels", "BE", true);
		assertThat(text("[data-thanks]")).contains("an email with a confirmation link is on its way");
		this.violations.addAll(Axe.seriousViolations(this.browser, "thanks"));

		String kit = confirm(email);
		this.violations.addAll(Axe.seriousViolations(this.browser, "share kit"));
		assertThat(text("[data-confirmed]")).contains("You support");
		assertThat(text("[data-joined-through]")).isEqualTo("Nobody has joined through your link yet.");
		String personal = this.browser.findElement(By.cssSelector("[data-personal-link]")).getAttribute("value");
		open(CampaignPaths.campaign(Language.EN, campaign));
		assertThat(text("[data-supporters]")).isEqualTo("1");
		assertThat(text("[data-wall]")).contains("Sam · Brussels");

		this.browser.manage().deleteAllCookies();
		open(CampaignFixtures.path(personal));
		String friend = "kim." + UUID.randomUUID() + "@example.org";
		join("Kim", friend, "", "", false);
		confirm(friend);
		open(CampaignPaths.campaign(Language.EN, campaign));
		assertThat(text("[data-supporters]")).isEqualTo("2");
		this.browser.get(kit);
		assertThat(text("[data-joined-through]")).isEqualTo("1 person joined through you.");
		assertThat(this.browser.manage().getCookies()).isEmpty();
		assertThat(this.violations).isEmpty();
	}

	private void join(String firstName, String email, String city, String country, boolean wall) {
		type("#firstName", firstName);
		type("#email", email);
		type("#city", city);
		if (!country.isEmpty()) {
			new Select(this.browser.findElement(By.id("country"))).selectByValue(country);
		}
		if (wall) {
			this.browser.findElement(By.id("wall")).click();
		}
		this.clock.advance(Duration.ofSeconds(10));
		click("form[data-join] button[type=submit]");
	}

	/** Opens the email's link: the page confirms by itself and leads to the share kit. */
	private String confirm(String email) {
		String link = Mailbox.links(new Mailbox(mail).await(email, 1).get(0))
			.stream()
			.filter((l) -> l.contains("/confirm/"))
			.findFirst()
			.orElseThrow();
		open(CampaignFixtures.path(link));
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().contains("/share/"));
		return this.browser.getCurrentUrl();
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
