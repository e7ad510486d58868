package org.vigie.fundraising.admin;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.SiteClient;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.identity.Role;
import org.vigie.site.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fundraiser in Chromium signs in, writes a campaign in the three languages, saves it,
 * and finds it on the donors' page; axe-core finds no serious or critical violation on
 * the fundraisers' pages.
 */
@FundraisingTest
class FundraiserBrowserTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SiteClient site;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private TestClock clock;

	private ChromeDriver browser;

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aFundraiserCreatesACampaignDonorsThenSee() {
		this.browser = Browser.start(true);
		Fundraisers.Enrolled member = Fundraisers.create(this.context, Role.FUNDRAISER, Language.EN);
		List<String> problems = new ArrayList<>();
		this.browser.get(this.site.url("/admin/login"));
		this.browser.findElement(By.id("email")).sendKeys(member.email());
		this.browser.findElement(By.id("password")).sendKeys(Fundraisers.PASSWORD);
		this.browser.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		waitFor("/admin/two-factor");
		this.browser.findElement(By.id("code")).sendKeys(member.codes().get(0));
		this.browser.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/admin$"));

		this.browser.findElement(By.cssSelector("nav.main-nav a[href='/admin/fundraising']")).click();
		waitFor("/admin/fundraising");
		problems.addAll(Axe.seriousViolations(this.browser, "dashboard"));
		this.browser.findElement(By.cssSelector(".fundraising-nav a[href='/admin/fundraising/campaigns/new']")).click();
		waitFor("/campaigns/new");
		problems.addAll(Axe.seriousViolations(this.browser, "new campaign"));
		String key = "browser-" + UUID.randomUUID().toString().substring(0, 8);
		type("key", key);
		type("goal", "3000");
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
		day("opensOn", today.minusDays(1));
		day("closesOn", today.plusDays(30));
		this.browser.findElement(By.id("published")).click();
		for (String c : List.of("fr", "nl", "en")) {
			type("title_" + c, "Prévention " + key + " " + c);
			type("slug_" + c, key + "-" + c);
			type("summary_" + c, "Un résumé " + c);
			type("story_" + c, "Une histoire " + c + ".");
			type("thanks_" + c, "Merci " + c);
		}
		this.browser.findElement(By.cssSelector("form[data-campaign-form] > button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("done=saved"));
		assertThat(this.browser.findElement(By.cssSelector("main .notice")).getText()).isEqualTo("Saved.");
		problems.addAll(Axe.seriousViolations(this.browser, "campaign"));
		Campaign campaign = this.campaigns.byKey(key).orElseThrow();
		assertThat(campaign.published()).isTrue();

		this.browser.findElement(By.cssSelector("a[data-public]")).click();
		waitFor("/en/support/" + key + "-en");
		assertThat(this.browser.findElement(By.cssSelector("h1")).getText()).contains("Prévention " + key + " en");
		this.browser.get(this.site.url("/fr/soutenir"));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Prévention " + key + " fr");
		for (String path : List.of("/admin/fundraising/donors", "/admin/fundraising/entries",
				"/admin/fundraising/export", "/admin/fundraising/campaigns/" + campaign.id() + "/gifts")) {
			this.browser.get(this.site.url(path));
			problems.addAll(Axe.seriousViolations(this.browser, path));
		}
		assertThat(problems).isEmpty();
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
