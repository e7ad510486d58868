package org.vigie.advocacy.maps;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.SiteClient;
import org.vigie.advocacy.AdvocacyTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: a reader opens the map of the demo directive, picks one article with the
 * form, sees the map in that article's statuses and follows a state to its page; the
 * impact page shows its figures. axe-core finds no serious or critical violation on the
 * map page (in each view) nor on the impact page in any language.
 */
@AdvocacyTest
class MapsBrowserTest {

	@Autowired
	private SiteClient site;

	private ChromeDriver browser;

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theMapAndTheImpactPageAreAccessible() {
		this.browser = Browser.start();
		List<String> problems = new ArrayList<>();
		this.browser.get(this.site.url("/en/advocacy/transposition/map"));
		assertThat(this.browser.findElements(By.cssSelector("svg.map a[data-state]"))).hasSize(27);
		assertThat(this.browser.findElement(By.cssSelector("[data-demo-notice]")).isDisplayed()).isTrue();
		problems.addAll(Axe.seriousViolations(this.browser, "map, share transposed"));

		new Select(this.browser.findElement(By.id("map-article"))).selectByIndex(1);
		this.browser.findElement(By.cssSelector(".map-choice button")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("article="));
		WebElement belgium = this.browser.findElement(By.cssSelector("svg.map a[data-state=BE]"));
		assertThat(belgium.getDomAttribute("data-shade")).doesNotStartWith("SHARE_");
		assertThat(this.browser.findElements(By.cssSelector("[data-map-text] tbody tr"))).hasSize(27);
		problems.addAll(Axe.seriousViolations(this.browser, "map, one article"));

		this.browser.get(this.site.url("/fr/plaidoyer/transposition/carte"));
		problems.addAll(Axe.seriousViolations(this.browser, "carte"));

		for (String impact : List.of("/en/advocacy/impact", "/fr/plaidoyer/impact", "/nl/beleidswerk/impact")) {
			this.browser.get(this.site.url(impact));
			assertThat(this.browser.findElement(By.tagName("h1")).getText()).isNotBlank();
			problems.addAll(Axe.seriousViolations(this.browser, impact));
		}
		assertThat(problems).isEmpty();
	}

}
