package org.vigie.mobilisation.campaigns;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.Browser;
import org.vigie.TestClock;
import org.vigie.learning.Clicks;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.web.ActionThrottle;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium during a burst: the join form's script solves the proof of work, says so,
 * enables the button, and the form goes through.
 */
@MobilisationTest
class JoinProofOfWorkBrowserTest {

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private ActionThrottle throttle;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@Value("${local.server.port}")
	private int port;

	private ChromeDriver browser;

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void theScriptSolvesTheChallengeAndTheFormGoesThrough() {
		Instant before = this.clock.instant();
		Campaign campaign = CampaignFixtures.open(this.campaigns, before);
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("10.214." + (int) (Math.random() * 250) + ".9");
		while (!this.throttle.burst("campaign:" + campaign.id())) {
			this.throttle.allowSignup(request, "campaign:" + campaign.id());
		}
		this.browser = Browser.start(true);
		try {
			this.browser.get("http://127.0.0.1:" + this.port + CampaignPaths.campaign(Language.EN, campaign));
			long started = System.nanoTime();
			new WebDriverWait(this.browser, Duration.ofSeconds(120))
				.until((driver) -> !driver.findElements(By.cssSelector("form[data-pow-solved]")).isEmpty());
			System.out
				.println("Proof of work solved by Chromium in " + (System.nanoTime() - started) / 1_000_000 + " ms");
			assertThat(this.browser.findElement(By.cssSelector("[data-pow-status]")).getText())
				.isEqualTo("Check done, you can send the form.");
			assertThat(this.browser.findElement(By.cssSelector("form[data-join] button[type=submit]")).isEnabled())
				.isTrue();
			this.browser.findElement(By.id("firstName")).sendKeys("Lou");
			this.browser.findElement(By.id("email")).sendKeys("lou." + java.util.UUID.randomUUID() + "@example.org");
			this.clock.advance(Duration.ofSeconds(10));
			Clicks.click(this.browser, By.cssSelector("form[data-join] button[type=submit]"), true);
			new WebDriverWait(this.browser, Duration.ofSeconds(10))
				.until((driver) -> driver.getCurrentUrl().endsWith(CampaignPaths.thanks(Language.EN, campaign)));
		}
		finally {
			this.clock.set(before);
		}
		assertThat(this.jdbc.sql("select count(*) from mobilisation_campaigns_pledge where campaign_id = ?")
			.param(campaign.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

}
