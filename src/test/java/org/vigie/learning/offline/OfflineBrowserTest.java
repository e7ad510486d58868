package org.vigie.learning.offline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.TestClock;
import org.vigie.learning.Clicks;
import org.vigie.learning.LearningFixtures;
import org.vigie.learning.LearningTest;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.learners.Learners;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner in Chromium answers a card online, keeps the trial deck on the phone, loses
 * the network (a relay between browser and site is cut, service worker included), opens
 * the offline page again from the service worker, answers three cards, sees them queued,
 * gets the network back and sees them counted, once. axe-core checks the app's page.
 */
@LearningTest
class OfflineBrowserTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	private DeckStore decks;

	@Autowired
	private Learners learners;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@Value("${local.server.port}")
	private int port;

	private ChromeDriver browser;

	private Relay network;

	private final List<String> violations = new ArrayList<>();

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.network != null) {
			this.network.close();
		}
	}

	@Test
	void answersGivenOfflineAreCountedOnceBackOnline() {
		LearningFixtures.trialDeck(this.decks);
		this.clock.set(Instant.now());
		this.browser = Browser.start(true);
		this.network = new Relay(this.port);

		open("/en/cards/trial");
		assertThat(this.browser.findElement(By.cssSelector("link[rel=manifest]")).getAttribute("href"))
			.endsWith("/en/cards/manifest.webmanifest");
		click(By.cssSelector("main a.button"), true);
		click(By.cssSelector("button.option"), true);
		UUID learner = this.learners.byDeviceKey(this.browser.manage().getCookieNamed("vigie_cards").getValue())
			.orElseThrow();
		assertThat(reviews(learner)).isEqualTo(1);

		open("/en/cards/offline");
		waitFor(By.cssSelector("[data-offline-app]"));
		new WebDriverWait(this.browser, WAIT)
			.until((driver) -> script("return navigator.serviceWorker.controller !== null"));
		assertThat(this.browser.findElement(By.cssSelector("[data-offline-nojs]")).isDisplayed()).isFalse();
		this.violations.addAll(Axe.seriousViolations(this.browser, "offline page"));
		click(By.cssSelector("[data-slug=trial] [data-deck-download]"), false);
		new WebDriverWait(this.browser, WAIT).until((driver) -> "true"
			.equals(driver.findElement(By.cssSelector("[data-slug=trial]")).getAttribute("data-kept")));

		this.network.down();
		this.browser.navigate().refresh();
		waitFor(By.cssSelector("[data-slug=trial] [data-deck-study]"));
		assertThat(text()).contains("Kept on this phone");
		click(By.cssSelector("[data-slug=trial] [data-deck-study]"), false);
		List<String> prompts = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			waitFor(By.cssSelector("[data-card-options] button.option"));
			prompts.add(this.browser.findElement(By.cssSelector("[data-card-prompt]")).getText());
			if (i == 0) {
				this.violations.addAll(Axe.seriousViolations(this.browser, "offline card"));
			}
			click(By.cssSelector("[data-card-options] button.option"), false);
			waitFor(By.cssSelector("[data-card-next]"));
			assertThat(this.browser.findElement(By.cssSelector("[data-card-verdict]")).getText()).isNotBlank();
			assertThat(this.browser.findElement(By.cssSelector("[data-card-reflex]")).getText()).contains("reflex");
			if (i == 0) {
				this.violations.addAll(Axe.seriousViolations(this.browser, "offline feedback"));
			}
			click(By.cssSelector("[data-card-next]"), false);
		}
		assertThat(prompts).as("a card answered offline waits for the server").doesNotHaveDuplicates();
		assertThat(script("return JSON.parse(localStorage.getItem('vigie-cards-queue-en')).length")).isEqualTo(3L);
		assertThat(this.browser.findElement(By.cssSelector("[data-offline-queue]")).getText())
			.isEqualTo("Answers waiting to be sent: 3");
		assertThat(reviews(learner)).isEqualTo(1);

		this.network.up();
		this.clock.set(Instant.now());
		click(By.cssSelector("[data-offline-send]"), false);
		new WebDriverWait(this.browser, WAIT).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("[data-offline-report]"), "Answers counted: 3."));
		assertThat(reviews(learner)).isEqualTo(4);
		assertThat(script("return JSON.parse(localStorage.getItem('vigie-cards-queue-en')).length")).isEqualTo(0L);
		new WebDriverWait(this.browser, WAIT).until((driver) -> Long.valueOf(4).equals(keptCardsAnswered()));

		this.browser.navigate().refresh();
		waitFor(By.cssSelector("[data-slug=trial] [data-deck-study]"));
		assertThat(reviews(learner)).isEqualTo(4);
		assertThat(this.violations).isEmpty();
	}

	@Test
	void withoutScriptsTheOfflinePageLeadsToTheDecksOnline() {
		LearningFixtures.trialDeck(this.decks);
		this.browser = Browser.start(false);
		this.network = new Relay(this.port);
		open("/en/cards/trial");
		click(By.cssSelector("main a.button"), true);
		click(By.cssSelector("button.option"), true);
		open("/en/cards/offline");
		assertThat(this.browser.findElement(By.cssSelector("[data-offline-nojs]")).isDisplayed()).isTrue();
		assertThat(this.browser.findElement(By.cssSelector("[data-offline-app]")).isDisplayed()).isFalse();
		click(By.cssSelector("[data-offline-online] a[href='/en/cards/trial']"), true);
		assertThat(this.browser.getCurrentUrl()).endsWith("/en/cards/trial");
	}

	/** How many cards the deck kept on the phone shows as answered, by its schedule. */
	private Object keptCardsAnswered() {
		return ((JavascriptExecutor) this.browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				caches.open('vigie-cards-decks')
				  .then(cache => cache.match('/en/cards/offline/decks/trial.json'))
				  .then(response => response.json())
				  .then(deck => done(deck.cards.filter(card => card.state !== 'NEW').length))
				  .catch(error => done(String(error)));
				""");
	}

	private long reviews(UUID learner) {
		return this.jdbc.sql("select count(*) from learning_review where learner_id = ?")
			.param(learner)
			.query(Long.class)
			.single();
	}

	private Object script(String script) {
		return ((JavascriptExecutor) this.browser).executeScript(script);
	}

	private void waitFor(By selector) {
		new WebDriverWait(this.browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(selector));
	}

	private void click(By selector, boolean newPage) {
		Clicks.click(this.browser, selector, newPage);
	}

	private void open(String path) {
		this.browser.get("http://127.0.0.1:" + this.network.port() + path);
	}

	private String text() {
		return this.browser.findElement(By.tagName("body")).getText();
	}

}
