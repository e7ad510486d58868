package org.vigie.mobilisation.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.vigie.Axe;
import org.vigie.Browser;
import org.vigie.TestClock;
import org.vigie.learning.Clicks;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.Supporter;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A participant in Chromium: finds a full event on the agenda, registers with the event's
 * question and lands on the waiting list; someone cancels by the link in their email; the
 * participant gets the offer by email, accepts it, and their place is confirmed. axe-core
 * finds no serious violation on the pages met. The journey is in steps
 * ({@link #registerForFullEvent}, {@link #promotedWhenSomeoneCancels}) so that the
 * check-in at the door continues it from the confirmed registration.
 */
@MobilisationTest
class ParticipantJourneyBrowserTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private EventStore events;

	@Autowired
	private Registrations registrations;

	@Autowired
	private People people;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	private ChromeDriver browser;

	private final List<String> violations = new ArrayList<>();

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void aParticipantWaitsForAFullEventAndIsPromotedWhenSomeoneCancels() throws Exception {
		this.browser = Browser.start(true);
		Event event = fullEvent();
		String holder = holder(event);
		String participant = "noa." + UUID.randomUUID() + "@example.org";

		registerForFullEvent(event, participant);
		Registration confirmed = promotedWhenSomeoneCancels(event, holder, participant);

		assertThat(confirmed.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(this.violations).isEmpty();
	}

	/** From the agenda to the waiting list, in the browser. */
	void registerForFullEvent(Event event, String email) throws Exception {
		open("/en/events");
		this.violations.addAll(Axe.seriousViolations(this.browser, "agenda"));
		click("a[href='/en/events/" + event.text(Language.EN).slug() + "']");
		this.violations.addAll(Axe.seriousViolations(this.browser, "event"));
		assertThat(text("dd [data-places]")).isEqualTo("Full — waiting list");
		type("#email", email);
		type("#name", "Noa Participant");
		this.browser.findElement(By.id("seats")).clear();
		type("#seats", "1");
		type("#" + event.questions().get(0).field(), "Step-free access please");
		this.browser.findElement(By.id("consent")).click();
		this.clock.advance(Duration.ofSeconds(10));
		click("form[data-register] button[type=submit]");
		assertThat(text("[data-sent]")).startsWith("Thank you.");
		this.violations.addAll(Axe.seriousViolations(this.browser, "sent"));
		MimeMessage waiting = new Mailbox(mail).await(email, 1).get(0);
		assertThat(waiting.getSubject()).startsWith("Waiting list:");
		assertThat(status(email, event)).isEqualTo(RegistrationStatus.WAITLISTED);
	}

	/**
	 * The holder cancels by their link; the participant accepts the offer emailed to
	 * them, in the browser.
	 * @return the participant's registration, confirmed
	 */
	Registration promotedWhenSomeoneCancels(Event event, String holder, String participant) throws Exception {
		Supporter other = Supporter.fromOwnNetwork(this.port);
		String cancel = Mails.link(new Mailbox(mail).await(holder, 1).get(0), "/en/events/r/");
		other.post(Supporter.action(other.page(cancel), "form[data-cancel]"), Map.of());

		MimeMessage offer = new Mailbox(mail).await(participant, 2).get(1);
		assertThat(offer.getSubject()).startsWith("A place has freed up");
		open(Mails.link(offer, "/en/events/o/"));
		this.violations.addAll(Axe.seriousViolations(this.browser, "offer"));
		assertThat(text("[data-status]")).isEqualTo("One place is kept for you.");
		click("form[data-accept] button[type=submit]");
		assertThat(text("[data-outcome]")).startsWith("Your place is confirmed");
		this.violations.addAll(Axe.seriousViolations(this.browser, "accepted"));
		MimeMessage confirmation = new Mailbox(mail).await(participant, 3).get(2);
		assertThat(Mails.calendar(confirmation)).contains("METHOD:PUBLISH");
		UUID person = this.people.find(EmailAddress.parse(participant).orElseThrow()).orElseThrow();
		return this.registrations.ofPerson(person).get(0);
	}

	private Event fullEvent() {
		Instant now = this.clock.instant();
		UUID id = this.events.create(TestEvents.draft(1, now), now);
		Map<Language, String> labels = new EnumMap<>(Language.class);
		labels.put(Language.FR, "Besoins d’accessibilité");
		labels.put(Language.NL, "Toegankelijkheidsnoden");
		labels.put(Language.EN, "Accessibility needs");
		this.events.addQuestion(id, QuestionKind.ACCESSIBILITY, labels, false, 0, now);
		return this.events.byId(id).orElseThrow();
	}

	private String holder(Event event) {
		String email = "holder." + UUID.randomUUID() + "@example.org";
		EmailAddress address = EmailAddress.parse(email).orElseThrow();
		UUID person = this.people.person(address, Language.EN, this.clock.instant());
		this.registrations.register(event.id(), person, address, "Holder", 1, Language.EN, Map.of(), "I agree (test).",
				this.clock.instant());
		return email;
	}

	private RegistrationStatus status(String email, Event event) {
		UUID person = this.people.find(EmailAddress.parse(email).orElseThrow()).orElseThrow();
		return this.registrations.ofPerson(person).get(0).status();
	}

	private void open(String path) {
		this.browser.get("http://127.0.0.1:" + this.port + path);
	}

	private void click(String selector) {
		Clicks.click(this.browser, By.cssSelector(selector), true);
	}

	private void type(String selector, String text) {
		this.browser.findElement(By.cssSelector(selector)).sendKeys(text);
	}

	private String text(String selector) {
		return this.browser.findElement(By.cssSelector(selector)).getText().replace('\u00a0', ' ');
	}

}
