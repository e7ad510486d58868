package org.vigie.learning;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Clicks in the cards' browser tests. A click that loads another page returns only once
 * the page it left is gone, so that the next look at the browser sees the new page.
 */
public final class Clicks {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private Clicks() {
	}

	/**
	 * Clicks {@code selector}; when {@code newPage}, waits until the current page is
	 * gone.
	 */
	public static void click(WebDriver browser, By selector, boolean newPage) {
		WebElement page = browser.findElement(By.tagName("html"));
		browser.findElement(selector).click();
		if (newPage) {
			// The old page is gone once its element can no longer be reached.
			new WebDriverWait(browser, WAIT).until((driver) -> {
				try {
					page.isEnabled();
					return false;
				}
				catch (WebDriverException gone) {
					return true;
				}
			});
		}
	}

}
