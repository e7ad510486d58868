package org.vigie.site.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.SiteClient;
import org.vigie.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 AA in a real browser: axe-core finds no serious or critical violation on the
 * home, a listing, a post, a page and search results in every language, and the keyboard
 * works.
 */
@SiteTest
class AccessibilityTest {

	private static ChromeDriver browser;

	@Autowired
	private SiteClient site;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/fr/", "/fr/actualites/page/2",
			"/fr/actualites/would-you-react-video-exploitation-enfants", "/fr/plaidoyer", "/fr/recherche?q=campagne",
			"/nl/", "/nl/nieuws", "/nl/nieuws/vormingen-2026-2027-nieuw-seizoen", "/nl/campagnes/blue-heart",
			"/nl/zoeken?q=evenement", "/en/", "/en/category/campaigns", "/en/news/would-you-react-social-experiment",
			"/en/advocacy", "/en/search?q=campaign", "/en/no-such-page", "/admin/login" })
	void pagesHaveNoSeriousOrCriticalViolations(String path) {
		browser.get(this.site.url(path));

		assertThat(Axe.seriousViolations(browser, path)).isEmpty();
	}

	@Test
	void theFirstTabReachesTheSkipLinkWhichLeadsToTheContent() {
		browser.get(this.site.url("/en/news"));
		new Actions(browser).sendKeys(Keys.TAB).perform();

		WebElement focused = browser.switchTo().activeElement();
		assertThat(focused.getText()).isEqualTo("Skip to content");
		assertThat(focused.getRect().getY()).isGreaterThanOrEqualTo(0);
		focused.sendKeys(Keys.ENTER);
		assertThat(browser.getCurrentUrl()).endsWith("#main");
	}

	@Test
	void escapeClosesTheSubMenuTheKeyboardOpened() {
		browser.get(this.site.url("/en/"));
		WebElement campaigns = browser
			.findElement(By.xpath("//nav[contains(@class,'main-nav')]//a[normalize-space()='Campaigns']"));
		WebElement submenu = campaigns.findElement(By.xpath("following-sibling::ul"));
		((JavascriptExecutor) browser).executeScript("arguments[0].focus()", campaigns);
		assertThat(visible(submenu)).isTrue();

		new Actions(browser).sendKeys(Keys.ESCAPE).perform();

		assertThat(visible(submenu)).isFalse();
		assertThat(browser.switchTo().activeElement()).isEqualTo(campaigns);
	}

	/**
	 * Whether the element is rendered. WebDriver's own check counts anything inside a
	 * closed {@code <details>} as hidden, and the wide layout shows the menu's
	 * {@code <details>} contents without opening it.
	 */
	private static boolean visible(WebElement element) {
		return (Boolean) ((JavascriptExecutor) browser).executeScript("return arguments[0].checkVisibility()", element);
	}

	@Test
	void aVideoPlayerIsCreatedOnlyWhenTheReaderAsksForIt() {
		browser.get(this.site.url("/en/news/would-you-react-social-experiment"));
		assertThat(browser.findElements(By.tagName("iframe"))).isEmpty();
		// Point the placeholder at this server so the test sends nothing outside the
		// machine.
		((JavascriptExecutor) browser)
			.executeScript("document.querySelector('figure.video').setAttribute('data-video-src', '/robots.txt')");

		browser.findElement(By.cssSelector(".video__play")).click();

		WebElement frame = browser.findElement(By.cssSelector("figure.video iframe"));
		assertThat(frame.getAttribute("src")).endsWith("/robots.txt");
		assertThat(frame.getAttribute("title")).startsWith("Would You React");
	}

}
