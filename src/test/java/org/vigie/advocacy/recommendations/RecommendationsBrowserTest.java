package org.vigie.advocacy.recommendations;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.SiteClient;
import org.vigie.advocacy.AdvocacyTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, a reader opens "what became of our recommendations", filters it by status
 * with the plain GET form (the pages carry no script), and opens a recommendation from
 * the list of those recommended again; axe-core finds no serious or critical violation on
 * the pages walked.
 */
@AdvocacyTest
class RecommendationsBrowserTest {

	@Autowired
	private SiteClient site;

	private ChromeDriver browser;

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aReaderFiltersTheRecommendationsAndOpensOne() {
		this.browser = Browser.start(true);
		List<String> problems = new ArrayList<>();
		this.browser.get(this.site.url("/fr/plaidoyer/recommandations"));
		problems.addAll(Axe.seriousViolations(this.browser, "recommendations"));
		new Select(this.browser.findElement(By.id("status"))).selectByValue("UNDER_WAY");
		this.browser.findElement(By.cssSelector("form[data-filters] button")).click();
		assertThat(this.browser.getCurrentUrl()).contains("status=UNDER_WAY");
		assertThat(this.browser.findElements(By.cssSelector("[data-list] > li")))
			.allSatisfy((item) -> assertThat(item.getText()).contains("En cours"))
			.isNotEmpty();
		problems.addAll(Axe.seriousViolations(this.browser, "filtered"));
		this.browser.findElement(By.cssSelector("[data-again] > li > a")).click();
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).startsWith("Recommandation");
		assertThat(this.browser.findElements(By.cssSelector("[data-demo-notice]"))).isNotEmpty();
		problems.addAll(Axe.seriousViolations(this.browser, "recommendation"));
		assertThat(problems).isEmpty();
	}

}
