package org.vigie.learning.organisations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.TestClock;
import org.vigie.learning.Clicks;
import org.vigie.learning.LearningFixtures;
import org.vigie.learning.LearningTest;
import org.vigie.learning.Poppler;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.learners.Learners;
import org.vigie.learning.study.Progress;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A training manager in Chromium, from creating the organisation and sharing the link, a
 * staff member joining by it in another session and answering the trial deck until they
 * master it, to both downloading the certificate; axe-core finds no serious or critical
 * violation on any of the organisation pages.
 */
@LearningTest
class OrganisationBrowserTest {

	@Autowired
	private DeckStore decks;

	@Autowired
	private Progress progress;

	@Autowired
	private Learners learners;

	@Autowired
	private TestClock clock;

	@Value("${local.server.port}")
	private int port;

	private ChromeDriver browser;

	private Deck deck;

	private final List<String> violations = new ArrayList<>();

	@BeforeEach
	void trialDeck() {
		this.deck = LearningFixtures.trialDeck(this.decks);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aManagerInvitesStaffWhoMasterTheDeckAndBothDownloadTheCertificate() {
		this.browser = Browser.start(true);
		open(Staff.HOME);
		check("organisations");
		this.browser.findElement(By.id("org-name")).sendKeys("Hôtel de la Plage");
		click(By.cssSelector("label[for=kind-HOTEL]"), false);
		click(By.cssSelector("form.organisation-form button[type=submit]"), true);
		check("invitation");
		String link = URI.create(this.browser.findElement(By.id("invitation-link")).getDomAttribute("value")).getPath();
		click(By.cssSelector("main a.button"), true);
		check("dashboard, nobody yet");
		String dashboard = URI.create(this.browser.getCurrentUrl()).getPath();
		click(By.cssSelector("label[for='deck-" + this.deck.id() + "']"), false);
		click(By.cssSelector("form[action$='/decks'] button"), true);
		assertThat(text()).contains("The assigned decks were saved.", "Nobody has joined yet.");
		Cookie manager = this.browser.manage().getCookieNamed("vigie_cards");

		this.browser.manage().deleteAllCookies();
		open(link);
		check("join");
		assertThat(text()).contains("Join Hôtel de la Plage", "What the manager will see about you");
		this.browser.findElement(By.id("member-name")).sendKeys("Amélie");
		click(By.cssSelector("form.organisation-form button[type=submit]"), true);
		check("member");
		assertThat(text()).contains("Welcome, Amélie.", "What your manager sees");
		String memberPage = URI.create(this.browser.getCurrentUrl()).getPath();
		click(By.cssSelector("a[data-study]"), true);
		masterTheDeck();
		open(memberPage);
		check("member, mastered");
		String certificate = this.browser.findElement(By.cssSelector("a.certificate-link")).getDomAttribute("href");
		assertCertificate(certificate, this.browser.manage().getCookieNamed("vigie_cards"));

		this.browser.manage().deleteAllCookies();
		this.browser.manage().addCookie(manager);
		open(dashboard);
		check("dashboard, mastered");
		assertThat(this.browser.findElement(By.cssSelector("tr[data-member-row]")).getText())
			.startsWith("Amélie 6 of 6")
			.contains("yes");
		assertThat(this.browser.findElement(By.cssSelector("a.certificate-link")).getDomAttribute("href"))
			.isEqualTo(certificate);
		assertCertificate(certificate, manager);
		assertThat(this.violations).isEmpty();
	}

	/** Answers every due card right, as a person coming back over the day would. */
	private void masterTheDeck() {
		UUID learner = this.learners.byDeviceKey(this.browser.manage().getCookieNamed("vigie_cards").getValue())
			.orElseThrow();
		String study = "/en/cards/" + this.deck.text(org.vigie.site.Language.EN).slug() + "/study";
		for (int i = 0; i < 40
				&& !this.progress.of(learner, this.deck, this.clock.instant(), this.clock.instant()).mastered(); i++) {
			open(study);
			List<WebElement> card = this.browser
				.findElements(By.cssSelector("form.study-card__options input[name=card]"));
			if (!card.isEmpty()) {
				int right = this.decks.card(this.deck.id(), UUID.fromString(card.get(0).getDomAttribute("value")))
					.orElseThrow()
					.answer();
				click(By.cssSelector("button.option[value='" + right + "']"), true);
			}
			this.clock.advance(Duration.ofMinutes(11));
		}
		assertThat(this.progress.of(learner, this.deck, this.clock.instant(), this.clock.instant()).mastered())
			.isTrue();
	}

	private void assertCertificate(String path, Cookie cookie) {
		try {
			HttpResponse<byte[]> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
					.header("Cookie", cookie.getName() + "=" + cookie.getValue())
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			Poppler.require();
			assertThat(Poppler.pages(response.body())).isEqualTo(1);
			assertThat(Poppler.text(response.body())).contains("Amélie", "Hôtel de la Plage", "Trial deck");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void click(By selector, boolean newPage) {
		Clicks.click(this.browser, selector, newPage);
	}

	private void open(String path) {
		this.browser.get("http://127.0.0.1:" + this.port + path);
	}

	private String text() {
		return this.browser.findElement(By.tagName("body")).getText();
	}

	private void check(String label) {
		this.violations.addAll(Axe.seriousViolations(this.browser, label));
	}

}
