package org.vigie;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver, with no network beyond this
 * machine. Where they are not installed, browser tests are skipped on a developer's
 * machine and fail in CI.
 */
public final class Browser {

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("VIGIE_CHROMIUM", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getenv().getOrDefault("VIGIE_CHROMEDRIVER", "/usr/bin/chromedriver"));

	private Browser() {
	}

	public static ChromeDriver start() {
		return start(true);
	}

	/**
	 * The browser, with JavaScript switched off for every page when {@code javascript} is
	 * false (as Tor Browser's safest level or a locked-down phone): scripts the test
	 * itself runs still work.
	 */
	public static ChromeDriver start(boolean javascript) {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && RequiredTools.inCi()) {
			throw new IllegalStateException("CI must install chromium and chromium-driver (" + CHROMIUM + ")");
		}
		Assumptions.assumeTrue(installed,
				"Chromium or chromedriver not installed: apt-get install chromium chromium-driver");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps",
				"--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en");
		if (!javascript) {
			// Pages' own scripts never run; the test's commands still do.
			options.addArguments("--blink-settings=scriptEnabled=false");
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

}
