package org.vigie.learning.reminders;

import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.HtmlChecker;
import org.vigie.TestClock;
import org.vigie.learning.Learner;
import org.vigie.learning.LearningFixtures;
import org.vigie.learning.LearningTest;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.decks.StudyCard;
import org.vigie.learning.study.Study;
import org.vigie.learning.web.CardsPaths;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner asks for reminders, confirms them by the emailed link, gets one reminder when
 * cards are due at the hour they chose, in the language they chose, and stops them with
 * one click; on another device the same address signs them in with their progress.
 */
@LearningTest
@ExtendWith(OutputCaptureExtension.class)
class ReminderJourneyTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private DeckStore decks;

	@Autowired
	private DueReminders reminders;

	@Autowired
	private Study study;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	private final Mailbox mailbox = new Mailbox(mail);

	@Test
	void confirmedRemindersArriveAtTheChosenHourInTheChosenLanguageAndStopWithOneClick(CapturedOutput output)
			throws Exception {
		Deck deck = LearningFixtures.trialDeck(this.decks);
		Learner learner = Learner.fromOwnAddress(this.port);
		learner.answer(CardsPaths.study(Language.EN, deck), 1);
		UUID id = learnerId(learner);
		String email = "ana." + UUID.randomUUID() + "@example.org";
		int hour = ZonedDateTime.now(this.study.zone()).plusHours(5).getHour();

		HttpResponse<String> asked = ReminderForms.ask(learner, email, Integer.toString(hour), "nl");
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/en/cards/reminders?done=sent");
		assertThat(learner.page("/en/cards/reminders?done=sent").select("[role=status]").text())
			.contains("a link is on its way");
		MimeMessage confirmation = this.mailbox.await(email, 1).get(0);
		assertThat(confirmation.getSubject()).contains("bevestig");
		String link = Mailbox.link(confirmation, "/nl/kaarten/sign-in?t=");
		String token = link.substring(link.indexOf("t=") + 2);
		assertThat(reminderRows(id)).as("nothing is on before the link is followed").isZero();
		assertThat(this.jdbc.sql("select count(*) from learning_reminder_link where token_hash = ?")
			.param(token)
			.query(Integer.class)
			.single()).as("the token itself is never stored").isZero();

		moveToNext(hour);
		this.reminders.sendDue();
		assertThat(outbox(email)).as("no reminder before the address is confirmed").isEqualTo(1);

		HttpResponse<String> confirmed = ReminderForms.follow(learner, link);
		assertThat(confirmed.headers().firstValue("Location").orElseThrow())
			.endsWith("/nl/kaarten/reminders?done=confirmed");
		assertThat(learner.page("/nl/kaarten/reminders").select("[data-reminders-on]").text()).contains(hour + ":00");
		String sealed = this.jdbc.sql("select email_sealed from learning_reminder where learner_id = ?")
			.param(id)
			.query(String.class)
			.single();
		assertThat(sealed).doesNotContain(email).doesNotContain("example.org");

		assertThat(this.reminders.sendDue()).isPositive();
		MimeMessage reminder = this.mailbox.await(email, 2).get(1);
		String text = Mailbox.text(reminder);
		assertThat(reminder.getSubject()).contains("wacht");
		assertThat(text).contains("Proefset").contains("/nl/kaarten/proef");
		for (StudyCard card : this.decks.cards(deck.id())) {
			for (Language language : Language.all()) {
				assertThat(text).doesNotContain(card.text(language).explanation())
					.doesNotContain(card.text(language).reflex());
				card.text(language).options().forEach((option) -> assertThat(text).doesNotContain(option));
			}
		}
		String unsubscribe = reminder.getHeader("List-Unsubscribe")[0];
		assertThat(unsubscribe).matches("<https?://[^>]+/nl/kaarten/unsubscribe\\?t=[^>]+>");
		assertThat(reminder.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(text).contains(unsubscribe.substring(1, unsubscribe.length() - 1));

		assertThat(this.reminders.sendDue()).as("one reminder a day, however often the job runs").isZero();
		assertThat(outbox(email)).isEqualTo(2);

		String unsubscribePath = unsubscribe.replaceAll("^<https?://[^/]+", "").replace(">", "");
		HttpResponse<String> page = learner.get(unsubscribePath);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(HtmlChecker.check(unsubscribePath, page.body()).errorsNotingWarnings()).isEmpty();
		assertThat(reminderRows(id)).as("opening the link, as a mail scanner does, turns nothing off").isOne();
		HttpResponse<String> oneClick = learner.post(unsubscribePath, Map.of("List-Unsubscribe", "One-Click"),
				"Sec-Fetch-Site", "cross-site");
		assertThat(oneClick.statusCode()).isEqualTo(200);
		assertThat(oneClick.body()).contains("herinneringen zijn gestopt");
		assertThat(HtmlChecker.check("unsubscribed", oneClick.body()).errorsNotingWarnings()).isEmpty();
		assertThat(reminderRows(id)).as("the address is deleted with the reminders").isZero();
		assertThat(this.jdbc.sql("select count(*) from learning_reminder_link where learner_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isZero();

		this.clock.advance(java.time.Duration.ofDays(1));
		this.reminders.sendDue();
		assertThat(outbox(email)).as("no reminder once unsubscribed").isEqualTo(2);
		assertThat(learner.get(unsubscribePath).statusCode()).isEqualTo(400);
		assertThat(output.getAll()).doesNotContain(email).doesNotContain(token).doesNotContain(sealed);
	}

	@Test
	void theSameAddressSignsInAnotherDeviceWithTheSameProgressAndTheFirstKeepsWorking() throws Exception {
		Deck deck = LearningFixtures.trialDeck(this.decks);
		Learner phone = Learner.fromOwnAddress(this.port);
		phone.answer(CardsPaths.study(Language.EN, deck), 1);
		phone.answer(CardsPaths.study(Language.EN, deck), 0);
		String email = "ben." + UUID.randomUUID() + "@example.org";
		ReminderForms.ask(phone, email, "7", "en");
		ReminderForms.follow(phone, Mailbox.link(this.mailbox.await(email, 1).get(0), "sign-in"));
		String progress = progress(phone, deck);
		assertThat(progress).contains("2 of 6");

		Learner laptop = Learner.fromOwnAddress(this.port);
		HttpResponse<String> known = ReminderForms.ask(laptop, email, "9", "fr");
		HttpResponse<String> unknown = ReminderForms.ask(laptop, "nobody." + UUID.randomUUID() + "@example.org", "9",
				"fr");
		assertThat(known.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(302);
		assertThat(known.headers().firstValue("Location")).isEqualTo(unknown.headers().firstValue("Location"));
		assertThat(known.body()).isEqualTo(unknown.body());

		MimeMessage signIn = this.mailbox.await(email, 2).get(1);
		assertThat(signIn.getSubject()).contains("ouvrez vos cartes");
		HttpResponse<String> signedIn = ReminderForms.follow(laptop, Mailbox.link(signIn, "/fr/cartes/sign-in"));
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("?done=signedIn");

		assertThat(progress(laptop, deck)).isEqualTo(progress);
		assertThat(progress(phone, deck)).as("the first device keeps working").isEqualTo(progress);
		assertThat(learnerId(laptop)).isEqualTo(learnerId(phone));
		assertThat(laptop.page("/en/cards/reminders").select("[data-reminders-on]").text()).contains("07:00");
	}

	private String progress(Learner learner, Deck deck) {
		return learner.page(CardsPaths.deck(Language.EN, deck)).select(".figures").text();
	}

	private UUID learnerId(Learner learner) {
		return this.jdbc
			.sql("select id from learning_learner where device_key_hash = ? union all "
					+ "select learner_id from learning_device where key_hash = ?")
			.params(hash(learner), hash(learner))
			.query(UUID.class)
			.single();
	}

	@Autowired
	private org.vigie.identity.ServerKeys keys;

	private String hash(Learner learner) {
		return this.keys.keyedHash("learning-device", learner.deviceCookie().orElseThrow().getValue());
	}

	private int reminderRows(UUID learner) {
		return this.jdbc.sql("select count(*) from learning_reminder where learner_id = ?")
			.param(learner)
			.query(Integer.class)
			.single();
	}

	private int outbox(String email) {
		return this.jdbc.sql("select count(*) from notifications_outbox where recipient = ?")
			.param(email)
			.query(Integer.class)
			.single();
	}

	/**
	 * Moves the clock to a few minutes past the hour chosen, at least an hour on, so that
	 * the first answers are due.
	 */
	private void moveToNext(int hour) {
		ZonedDateTime now = ZonedDateTime.now(this.study.zone());
		ZonedDateTime next = now.withHour(hour).withMinute(2).withSecond(0);
		this.clock.set((next.isBefore(now.plusHours(1)) ? next.plusDays(1) : next).toInstant());
	}

}
