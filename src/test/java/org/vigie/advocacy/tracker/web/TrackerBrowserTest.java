package org.vigie.advocacy.tracker.web;

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
 * In Chromium (the tracker needs no script of its own), a reader sorts the matrix by the
 * number of articles transposed, keeps the victims' articles of two states, opens a
 * country, then downloads the CSV beside the page. axe-core finds no serious or critical
 * violation on the pages walked.
 */
@AdvocacyTest
class TrackerBrowserTest {

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
	void aReaderSortsFiltersOpensACountryAndDownloadsTheData() {
		this.browser = Browser.start(true);
		List<String> problems = new ArrayList<>();
		this.browser.get(this.site.url("/en/advocacy/transposition"));
		problems.addAll(Axe.seriousViolations(this.browser, "tracker"));
		assertThat(this.browser.findElements(By.cssSelector("table[data-matrix] tbody tr[data-state]"))).hasSize(27);
		assertThat(this.browser.findElement(By.cssSelector("[data-demo-notice]")).isDisplayed()).isTrue();

		this.browser.findElement(By.cssSelector("a[data-sort=transposed]")).click();
		waitFor("sort=transposed");
		List<Integer> counts = this.browser.findElements(By.cssSelector("tbody [data-transposed]"))
			.stream()
			.map((cell) -> Integer.valueOf(cell.getText()))
			.toList();
		assertThat(counts).isSortedAccordingTo((one, other) -> other - one);

		new Select(this.browser.findElement(By.id("theme"))).selectByValue("VICTIMS");
		this.browser.findElement(By.cssSelector("label[for=state-BE]")).click();
		this.browser.findElement(By.cssSelector("label[for=state-FR]")).click();
		this.browser.findElement(By.cssSelector("form[data-filter] button[type=submit]")).click();
		waitFor("theme=VICTIMS");
		assertThat(this.browser.getCurrentUrl()).contains("sort=transposed", "state=BE", "state=FR");
		assertThat(this.browser.findElements(By.cssSelector("tbody tr[data-state]"))
			.stream()
			.map((row) -> row.getAttribute("data-state"))).containsExactlyInAnyOrder("BE", "FR");
		assertThat(this.browser.findElements(By.cssSelector("thead th[data-article]"))).hasSize(3);
		problems.addAll(Axe.seriousViolations(this.browser, "filtered tracker"));

		WebElement belgium = this.browser.findElement(By.cssSelector("tr[data-state=BE] th a"));
		assertThat(belgium.getText()).isEqualTo("Belgium");
		belgium.click();
		waitFor("/en/advocacy/transposition/country/be");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).contains("Belgium");
		assertThat(this.browser.findElements(By.cssSelector("section[data-cell]"))).hasSize(14);
		problems.addAll(Axe.seriousViolations(this.browser, "country"));

		this.browser.navigate().back();
		waitFor("theme=VICTIMS");
		String csv = this.browser.findElement(By.cssSelector("a[data-csv]")).getAttribute("href");
		assertThat(csv).contains("/en/advocacy/transposition.csv");
		Object text = this.browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
				+ "fetch(arguments[0]).then((r) => r.text().then((t) => done(r.status + '\\n' + t)));", csv);
		String[] lines = String.valueOf(text).split("\r?\n");
		assertThat(lines[0]).isEqualTo("200");
		assertThat(lines[1]).startsWith("instrument,instrument_celex,as_of,state");
		assertThat(lines).hasSize(2 + 27 * 14);
		assertThat(problems).isEmpty();
	}

	private void waitFor(String part) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
	}

}
