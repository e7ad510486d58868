package org.vigie.site.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
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
 * On a phone (390 × 844) the page's heading shows without scrolling, and the menu and
 * search fold behind one button the keyboard opens; on a wide screen they show as before.
 * Screenshots land in {@code target/screenshots}.
 */
@SiteTest
class PhoneLayoutTest {

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

	@BeforeEach
	void phoneScreen() {
		screen(390, 844, true);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/fr/", "/fr/actualites/page/2", "/fr/campagnes/campagne-blue-heart", "/nl/nieuws",
			"/nl/nieuws/vormingen-2026-2027-nieuw-seizoen", "/en/", "/en/news/would-you-react-social-experiment",
			"/en/category/campaigns", "/en/search?q=campaign", "/en/no-such-page" })
	void theHeadingStartsWithinTheTopOfAPhoneScreen(String path) {
		browser.get(this.site.url(path));

		WebElement heading = browser.findElement(By.tagName("h1"));
		assertThat(heading.getRect().getY()).as(path).isLessThanOrEqualTo(250);
		assertThat(visible(browser.findElement(By.id("site-search")))).isFalse();
	}

	@Test
	void theKeyboardOpensTheMenuAndReachesItsLinksAndTheSearch() throws IOException {
		browser.get(this.site.url("/en/news/would-you-react-social-experiment"));
		screenshot("phone-closed");
		WebElement toggle = browser.findElement(By.cssSelector(".site-menu__toggle"));
		assertThat(toggle.getAccessibleName()).isEqualTo("Menu and search");
		assertThat(visible(browser.findElement(By.cssSelector(".main-nav a")))).isFalse();

		tabUntil(toggle);
		new Actions(browser).sendKeys(Keys.ENTER).perform();

		assertThat(menuOpen()).isTrue();
		new Actions(browser).sendKeys(Keys.TAB).perform();
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("site-search");
		new Actions(browser).sendKeys("campaign").sendKeys(Keys.TAB).sendKeys(Keys.TAB).perform();
		WebElement link = browser.switchTo().activeElement();
		assertThat(link.findElements(By.xpath("ancestor::nav[contains(@class,'main-nav')]"))).hasSize(1);
		assertThat(visible(link)).isTrue();
		screenshot("phone-open");
		assertThat(Axe.seriousViolations(browser, "phone menu open")).isEmpty();

		new Actions(browser).sendKeys(Keys.ESCAPE).perform();
		assertThat(menuOpen()).isFalse();
		assertThat(browser.switchTo().activeElement()).isEqualTo(toggle);
		new Actions(browser).sendKeys(Keys.SPACE).perform();
		assertThat(menuOpen()).isTrue();
	}

	@Test
	void theMenuOpensWithoutJavaScript() {
		browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		try {
			browser.get(this.site.url("/fr/"));
			browser.findElement(By.cssSelector(".site-menu__toggle")).click();

			assertThat(browser.findElement(By.id("site-search")).isDisplayed()).isTrue();
			assertThat(browser.findElement(By.cssSelector(".main-nav a")).isDisplayed()).isTrue();
		}
		finally {
			browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		}
	}

	@Test
	void aWideScreenShowsTheMenuAndSearchWithoutAButton() throws IOException {
		screen(1280, 900, false);
		browser.get(this.site.url("/en/news/would-you-react-social-experiment"));
		screenshot("desktop");

		assertThat(visible(browser.findElement(By.cssSelector(".site-menu__toggle")))).isFalse();
		assertThat(visible(browser.findElement(By.id("site-search")))).isTrue();
		WebElement firstLink = browser.findElement(By.cssSelector(".main-nav a"));
		assertThat(visible(firstLink)).isTrue();
		assertThat(firstLink.getRect().getY()).isLessThan(browser.findElement(By.tagName("h1")).getRect().getY());
		int searchRow = browser.findElement(By.id("site-search")).getRect().getY();
		assertThat(searchRow).isLessThan(firstLink.getRect().getY());
		tabUntil(browser.findElement(By.id("site-search")));
	}

	/**
	 * Whether the element is rendered: WebDriver's own check counts everything inside a
	 * closed {@code <details>} as hidden, even where the wide layout shows it.
	 */
	private static boolean visible(WebElement element) {
		return (Boolean) browser.executeScript("return arguments[0].checkVisibility()", element);
	}

	private boolean menuOpen() {
		return browser.findElement(By.cssSelector(".site-menu")).getDomProperty("open").equals("true");
	}

	private void tabUntil(WebElement target) {
		for (int i = 0; i < 12 && !browser.switchTo().activeElement().equals(target); i++) {
			new Actions(browser).sendKeys(Keys.TAB).perform();
		}
		assertThat(browser.switchTo().activeElement()).isEqualTo(target);
	}

	private static void screen(int width, int height, boolean mobile) {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
	}

	private static void screenshot(String name) throws IOException {
		Path folder = Files.createDirectories(Path.of("target", "screenshots"));
		Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name + ".png"),
				StandardCopyOption.REPLACE_EXISTING);
	}

}
