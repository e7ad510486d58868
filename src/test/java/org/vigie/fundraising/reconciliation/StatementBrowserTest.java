package org.vigie.fundraising.reconciliation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.SiteClient;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingFixtures;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.GiftStatus;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.identity.Role;
import org.vigie.learning.Clicks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fundraiser in Chromium signs in, uploads the bank's statement, reads what it found,
 * and decides the line left for review by picking the promised gift it pays; axe-core
 * finds no serious or critical violation on any page on the way.
 */
@FundraisingTest
class StatementBrowserTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SiteClient site;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private Gifts gifts;

	@Autowired
	private Ledger ledger;

	@Autowired
	private TestClock clock;

	@TempDir
	private Path files;

	private ChromeDriver browser;

	private final List<String> violations = new ArrayList<>();

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aFundraiserUploadsAStatementAndDecidesTheLineLeftForReview() throws IOException {
		this.browser = Browser.start();
		Fundraisers.Member member = Fundraisers.create(this.context, Role.FUNDRAISER);
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		String name = Promises.uniqueName();
		Gift known = Promises.transfer(this.gifts, campaign, 2500, "Amina", Promises.uniqueName(), today());
		long cents = Promises.uniqueCents();
		Gift waiting = Promises.transfer(this.gifts, campaign, cents, "Pieter", name, today());
		String day = today().toString();
		Camt.Line paid = Camt.structured(2500, day, "AMINA", known.communication().digits());
		Camt.Line nickname = Camt.text(cents, day, "PIET " + name.toUpperCase(), "20 km");
		Path statement = this.files.resolve("statement.xml");
		Files.write(statement, Camt.statement(day, day, List.of(paid, nickname)));

		open("/admin/login");
		this.browser.findElement(By.id("email")).sendKeys(member.email());
		this.browser.findElement(By.id("password")).sendKeys(Fundraisers.PASSWORD);
		click(By.cssSelector("form.admin-form button[type=submit]"), true);
		this.browser.findElement(By.id("code")).sendKeys(member.codes().get(0));
		click(By.cssSelector("form.admin-form button[type=submit]"), true);

		open("/admin/fundraising/statements");
		check("statements");
		click(By.cssSelector("a[href='/admin/fundraising/statements/import']"), true);
		check("import");
		this.browser.findElement(By.id("file")).sendKeys(statement.toString());
		click(By.cssSelector("main form button[type=submit]"), true);
		assertThat(this.browser.getCurrentUrl()).contains("/admin/fundraising/statements/imports/");
		check("result");
		assertThat(this.browser.findElement(By.cssSelector("[data-count=communication]")).getText()).isEqualTo("1");
		assertThat(this.browser.findElement(By.cssSelector("[data-count=review]")).getText()).isEqualTo("1");

		click(By.cssSelector("main a[href='/admin/fundraising/statements/review']"), true);
		check("review");
		String line = "[data-line='" + nickname.reference() + "']";
		click(By.cssSelector(line + " [data-candidate]"), false);
		click(By.cssSelector(line + " form[data-decision=match] button"), true);
		assertThat(this.browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Decision recorded.");
		check("review, decided");
		assertThat(this.browser.findElements(By.cssSelector(line))).isEmpty();
		assertThat(this.gifts.byId(waiting.id()).orElseThrow().status()).isEqualTo(GiftStatus.SETTLED);
		assertThat(this.ledger.figures(campaign.id(), campaign.goalCents()).raisedCents()).isEqualTo(2500 + cents);

		open("/admin/fundraising/reconciliation");
		check("reconciliation");
		assertThat(this.violations).isEmpty();
	}

	private void open(String path) {
		this.browser.get(this.site.url(path));
	}

	private void click(By selector, boolean newPage) {
		Clicks.click(this.browser, selector, newPage);
	}

	private void check(String label) {
		this.violations.addAll(Axe.seriousViolations(this.browser, label));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
	}

}
