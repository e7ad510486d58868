package org.vigie.learning;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.TestClock;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.learners.Learners;
import org.vigie.learning.offline.Relay;
import org.vigie.learning.reminders.DueReminders;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.learning.study.Study;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner's whole journey in Chromium: picks a deck on /en/cards and answers cards,
 * keeps the deck on the phone and answers two cards without network, sees them counted
 * once back online, finishes the deck, gives a departure date, asks for reminders and
 * confirms them by the emailed link; on the eve of departure the reminder arrives, and
 * its link leads to the cards due. axe-core finds no serious violation on the pages met.
 */
@LearningTest
class LearnerJourneyBrowserTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	private DeckStore decks;

	@Autowired
	private Learners learners;

	@Autowired
	private DueReminders reminders;

	@Autowired
	private Study study;

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
	void aLearnerFromFirstCardToTheReminderOnTheEveOfDeparture() throws Exception {
		LearningFixtures.trialDeck(this.decks);
		this.clock.set(Instant.now());
		this.browser = Browser.start(true);
		this.network = new Relay(this.port);

		open("/en/cards");
		this.violations.addAll(Axe.seriousViolations(this.browser, "decks"));
		click(By.linkText("Trial deck"), true);
		this.violations.addAll(Axe.seriousViolations(this.browser, "deck"));
		click(By.cssSelector("main a.button"), true);
		this.violations.addAll(Axe.seriousViolations(this.browser, "question"));
		answerRight();
		this.violations.addAll(Axe.seriousViolations(this.browser, "feedback"));
		assertThat(text()).contains("The reflex:");
		click(By.linkText("Next card"), true);
		answerRight();
		click(By.linkText("Next card"), true);
		UUID learner = this.learners.byDeviceKey(this.browser.manage().getCookieNamed("vigie_cards").getValue())
			.orElseThrow();
		assertThat(reviews(learner)).isEqualTo(2);

		// The deck on the phone, two cards answered without network, counted once back.
		open("/en/cards/trial");
		click(By.cssSelector("[data-offline-link]"), true);
		new WebDriverWait(this.browser, WAIT)
			.until((driver) -> script("return navigator.serviceWorker.controller !== null"));
		click(By.cssSelector("[data-slug=trial] [data-deck-download]"), false);
		new WebDriverWait(this.browser, WAIT).until((driver) -> "true"
			.equals(driver.findElement(By.cssSelector("[data-slug=trial]")).getAttribute("data-kept")));
		this.network.down();
		this.browser.navigate().refresh();
		waitFor(By.cssSelector("[data-slug=trial] [data-deck-study]"));
		click(By.cssSelector("[data-slug=trial] [data-deck-study]"), false);
		for (int i = 0; i < 2; i++) {
			waitFor(By.cssSelector("[data-card-options] button.option"));
			click(By.cssSelector("[data-card-options] button.option"), false);
			waitFor(By.cssSelector("[data-card-next]"));
			click(By.cssSelector("[data-card-next]"), false);
		}
		assertThat(reviews(learner)).as("nothing reaches the site offline").isEqualTo(2);
		this.network.up();
		click(By.cssSelector("[data-offline-send]"), false);
		new WebDriverWait(this.browser, WAIT).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("[data-offline-report]"), "Answers counted: 2."));
		assertThat(reviews(learner)).isEqualTo(4);
		this.browser.navigate().refresh();
		waitFor(By.cssSelector("[data-slug=trial] [data-deck-study]"));
		assertThat(reviews(learner)).as("synced once").isEqualTo(4);

		// Online again: the deck to its end, twice round, until nothing is due.
		open("/en/cards/trial/study");
		for (int i = 0; i < 20 && !text().contains("All done for now"); i++) {
			answerRight();
			click(By.linkText("Next card"), true);
		}
		assertThat(text()).contains("All done for now");

		// A departure in three days: learnt cards come back on the eve.
		open("/en/cards/trial");
		LocalDate departure = LocalDate.ofInstant(this.clock.instant(), this.study.zone()).plusDays(3);
		WebElement date = this.browser.findElement(By.id("departure"));
		script("arguments[0].value = arguments[1]", date, departure.toString());
		click(By.cssSelector(".trip-form button[type=submit]"), true);
		assertThat(text()).contains("Your departure date is saved.");
		assertThat(this.browser.findElement(By.cssSelector("[data-trip]")).getText()).startsWith("Departure on");

		// Reminders at 07:00, confirmed by the emailed link.
		click(By.cssSelector("[data-reminders-link]"), true);
		this.violations.addAll(Axe.seriousViolations(this.browser, "reminders"));
		String email = "journey." + UUID.randomUUID() + "@example.org";
		this.browser.findElement(By.id("email")).sendKeys(email);
		new Select(this.browser.findElement(By.id("hour"))).selectByValue("7");
		click(By.cssSelector("form.reminders-form button[type=submit]"), true);
		assertThat(text()).contains("a link is on its way");
		Mailbox mailbox = new Mailbox(mail);
		open(Mailbox.link(mailbox.await(email, 1).get(0), "/sign-in?t="));
		click(By.cssSelector("main form button[type=submit]"), true);
		assertThat(this.browser.findElement(By.cssSelector("[data-reminders-on]")).getText()).contains("07:00");

		// The eve of departure, 07:05: the hourly job sends the reminder; its link leads
		// to
		// the cards due.
		Instant eve = departure.minusDays(1).atTime(7, 5).atZone(this.study.zone()).toInstant();
		this.clock.set(eve);
		assertThat(this.reminders.sendDue()).isPositive();
		MimeMessage reminder = mailbox.await(email, 2).get(1);
		assertThat(Mailbox.text(reminder)).contains("Trial deck");
		open(Mailbox.link(reminder, "/en/cards/trial"));
		assertThat(this.browser.findElement(By.cssSelector("[data-due]")).getText()).isEqualTo("6");
		click(By.cssSelector("main .deck-progress a.button"), true);
		answerRight();
		assertThat(this.browser.findElement(By.cssSelector("[data-verdict]")).getAttribute("data-verdict"))
			.isEqualTo("right");
		assertThat(this.violations).isEmpty();
	}

	/** Answers the card shown with its right option (the trial deck's known answers). */
	private void answerRight() {
		String prompt = this.browser.findElement(By.cssSelector(".study-card__prompt")).getText();
		int card = Integer.parseInt(prompt.replaceAll("^Card (\\d).*", "$1"));
		int right = (card == 3 || card == 6) ? 2 : 1;
		click(By.cssSelector("form.study-card__options button:nth-of-type(" + (right + 1) + ")"), true);
		waitFor(By.cssSelector("[data-verdict]"));
	}

	private long reviews(UUID learner) {
		return this.jdbc.sql("select count(*) from learning_review where learner_id = ?")
			.param(learner)
			.query(Long.class)
			.single();
	}

	private Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.browser).executeScript(script, arguments);
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
