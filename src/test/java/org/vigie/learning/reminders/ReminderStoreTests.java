package org.vigie.learning.reminders;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.DatabaseTest;
import org.vigie.TestClock;
import org.vigie.identity.keys.TinkServerKeys;
import org.vigie.learning.LearningDatabaseParts;
import org.vigie.learning.LearningFixtures;
import org.vigie.learning.LearningRows;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.decks.StudyCard;
import org.vigie.learning.learners.Learners;
import org.vigie.learning.study.Progress;
import org.vigie.learning.study.ReviewLog;
import org.vigie.learning.study.Schedules;
import org.vigie.learning.study.Study;
import org.vigie.notifications.Email;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminders' SQL on each database (H2, and PostgreSQL in its run): reminders turned
 * on, changed and off; the emailed links issued, counted per address, opened once and
 * purged; the learners due a reminder this hour with their due cards per deck, claimed
 * once however many runs.
 */
@DatabaseTest
@Import({ DeckStore.class, Learners.class, Schedules.class, ReviewLog.class, Study.class, Progress.class,
		Subscriptions.class, MagicLinks.class, DueReminders.class, ReminderEmails.class, TinkServerKeys.class,
		LearningDatabaseParts.class })
@ComponentScan(basePackageClasses = Study.class, useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*ReviewTokens"))
class ReminderStoreTests {

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	MagicLinks links;

	@Autowired
	DueReminders reminders;

	@Autowired
	Learners learners;

	@Autowired
	DeckStore decks;

	@Autowired
	Study study;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LearningDatabaseParts.SentEmails mailer;

	/** Each test's rows are rolled back: the store must not keep the decks of another. */
	@BeforeEach
	void forgetKeptDecks() {
		this.decks.all().forEach((deck) -> this.decks.forget(deck.id()));
	}

	@Test
	void remindersAreTurnedOnFoundChangedAndTurnedOff() {
		Instant now = this.clock.instant();
		UUID learner = this.learners.create(Language.FR, now).id();
		this.subscriptions.turnOn(learner, "Marie@Example.org", 7, Language.FR, now);
		assertThat(this.subscriptions.of(learner)).hasValueSatisfying((subscription) -> {
			assertThat(subscription.hour()).isEqualTo(7);
			assertThat(subscription.language()).isEqualTo(Language.FR);
		});
		assertThat(this.subscriptions.byEmail(this.subscriptions.emailHash("marie@example.org"))).contains(learner);
		assertThat(this.subscriptions.email(learner)).contains("Marie@Example.org");
		String token = this.subscriptions.unsubscribeToken(this.subscriptions.of(learner).orElseThrow());
		assertThat(this.subscriptions.byUnsubscribeToken(token)).contains(learner);

		assertThat(this.subscriptions.change(learner, 19, Language.NL)).isTrue();
		assertThat(this.subscriptions.of(learner)).hasValueSatisfying((subscription) -> {
			assertThat(subscription.hour()).isEqualTo(19);
			assertThat(subscription.language()).isEqualTo(Language.NL);
		});

		this.subscriptions.turnOn(learner, "autre@example.org", 6, Language.EN, now);
		assertThat(this.subscriptions.byUnsubscribeToken(token)).as("a link from before").isEmpty();
		assertThat(this.subscriptions.byEmail(this.subscriptions.emailHash("marie@example.org"))).isEmpty();
		assertThat(this.subscriptions.email(learner)).contains("autre@example.org");

		assertThat(this.subscriptions.off(learner)).isTrue();
		assertThat(this.subscriptions.of(learner)).isEmpty();
		assertThat(this.subscriptions.email(learner)).isEmpty();
		assertThat(this.subscriptions.off(learner)).isFalse();
		assertThat(this.subscriptions.change(learner, 8, Language.FR)).isFalse();
	}

	@Test
	void linksAreCountedPerAddressOpenedOnceAndPurgedWhenExpired() {
		Instant now = this.clock.instant();
		UUID learner = this.learners.create(Language.FR, now).id();
		String hash = this.subscriptions.emailHash("jan@example.org");
		String confirm = this.links.issue(
				new MagicLinks.Request(MagicLinks.Purpose.CONFIRM, learner, hash, "jan@example.org", 21, Language.NL),
				now.minus(Duration.ofMinutes(90)));
		String signIn = this.links.issue(
				new MagicLinks.Request(MagicLinks.Purpose.SIGN_IN, null, hash, null, null, Language.EN),
				now.minus(Duration.ofMinutes(30)));
		this.links.issue(new MagicLinks.Request(MagicLinks.Purpose.SIGN_IN, null, hash, null, null, Language.EN), now);
		this.links.issue(new MagicLinks.Request(MagicLinks.Purpose.SIGN_IN, null,
				this.subscriptions.emailHash("other@example.org"), null, null, Language.EN), now);

		assertThat(this.links.issuedSince(hash, now.minus(Duration.ofHours(1)))).as("the per-address cap's count")
			.isEqualTo(2);
		assertThat(this.links.issuedSince(hash, now.minus(Duration.ofHours(2)))).isEqualTo(3);
		assertThat(this.links.issuedSince(hash, now)).isZero();

		MagicLinks.Link opened = this.links.open(confirm, now).orElseThrow();
		assertThat(opened.purpose()).isEqualTo(MagicLinks.Purpose.CONFIRM);
		assertThat(opened.learner()).isEqualTo(learner);
		assertThat(opened.request().email()).isEqualTo("jan@example.org");
		assertThat(opened.request().hour()).isEqualTo(21);
		assertThat(opened.request().language()).isEqualTo(Language.NL);
		MagicLinks.Link other = this.links.open(signIn, now).orElseThrow();
		assertThat(other.learner()).isNull();
		assertThat(other.request().hour()).isNull();
		assertThat(other.request().email()).isNull();

		assertThat(this.links.use(opened, now)).isTrue();
		assertThat(this.links.use(opened, now)).as("a second use").isFalse();
		assertThat(this.links.open(confirm, now)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from learning_reminder_link where email_sealed is not null")
			.query(Long.class)
			.single()).as("the address went with the use").isZero();
		Instant later = now.plus(MagicLinks.VALIDITY).minusSeconds(60);
		assertThat(this.links.open(signIn, later)).as("expired").isEmpty();

		assertThat(this.links.purge(now.minus(Duration.ofMinutes(30)).plus(MagicLinks.VALIDITY))).isEqualTo(2);
		assertThat(this.links.issuedSince(hash, now.minus(Duration.ofHours(2)))).isEqualTo(1);
		this.links.issue(new MagicLinks.Request(MagicLinks.Purpose.SIGN_IN, learner, hash, null, null, Language.EN),
				now);
		this.links.forget(learner);
		assertThat(this.jdbc.sql("select count(*) from learning_reminder_link where learner_id = ?")
			.param(learner)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.links.purge(now.plus(Duration.ofDays(2)))).isEqualTo(2);
	}

	@Test
	void theLearnersDueThisHourAreFoundWithTheirCardsPerDeckAndClaimedOnce() {
		Deck deck = LearningFixtures.trialDeck(this.decks);
		List<StudyCard> cards = this.decks.cards(deck.id());
		Instant now = this.clock.instant();
		int hour = now.atZone(this.study.zone()).getHour();
		LearningRows rows = new LearningRows(this.jdbc);

		UUID due = learner("due@example.org", hour, null);
		rows.schedule(due, deck.id(), cards.get(0).id(), "REVIEW", now.minus(Duration.ofHours(3)));
		rows.schedule(due, deck.id(), cards.get(1).id(), "REVIEW", now);
		rows.schedule(due, deck.id(), cards.get(2).id(), "REVIEW", now.plus(Duration.ofDays(1)));
		UUID otherHour = learner("later@example.org", (hour + 1) % 24, null);
		rows.schedule(otherHour, deck.id(), cards.get(0).id(), "REVIEW", now.minus(Duration.ofDays(1)));
		UUID remindedLately = learner("lately@example.org", hour, now.minus(Duration.ofHours(5)));
		rows.schedule(remindedLately, deck.id(), cards.get(0).id(), "REVIEW", now.minus(Duration.ofDays(1)));
		UUID remindedLongAgo = learner("long-ago@example.org", hour, now.minus(Duration.ofHours(21)));
		rows.schedule(remindedLongAgo, deck.id(), cards.get(3).id(), "REVIEW", now.minus(Duration.ofDays(1)));
		UUID nothingDue = learner("nothing@example.org", hour, null);
		rows.schedule(nothingDue, deck.id(), cards.get(0).id(), "REVIEW", now.plusSeconds(1));

		List<String> found = new ArrayList<>();
		this.jdbc.sql(DueReminders.DUE_DECKS)
			.params(Timestamp.from(now), hour, Timestamp.from(now.minus(DueReminders.QUIET)))
			.query((rs, row) -> found
				.add(rs.getObject(1, UUID.class) + "/" + rs.getObject(2, UUID.class) + "=" + rs.getInt(3)))
			.list();
		assertThat(found).containsExactlyInAnyOrder(due + "/" + deck.id() + "=2",
				remindedLongAgo + "/" + deck.id() + "=1");

		this.jdbc.sql("update learning_deck set published = false where id = ?").param(deck.id()).update();
		assertThat(this.jdbc.sql(DueReminders.DUE_DECKS)
			.params(Timestamp.from(now), hour, Timestamp.from(now.minus(DueReminders.QUIET)))
			.query((rs, row) -> rs.getInt(3))
			.list()).as("an unpublished deck").isEmpty();
		this.jdbc.sql("update learning_deck set published = true where id = ?").param(deck.id()).update();
		this.jdbc.sql("update learning_card set retired = true where id = ?").param(cards.get(3).id()).update();
		assertThat(this.jdbc.sql(DueReminders.DUE_DECKS)
			.params(Timestamp.from(now), hour, Timestamp.from(now.minus(DueReminders.QUIET)))
			.query((rs, row) -> rs.getObject(1, UUID.class))
			.list()).as("a retired card").containsExactly(due);
		this.jdbc.sql("update learning_card set retired = false where id = ?").param(cards.get(3).id()).update();
		this.decks.forget(deck.id());

		this.links.issue(
				new MagicLinks.Request(MagicLinks.Purpose.SIGN_IN, null,
						this.subscriptions.emailHash("due@example.org"), null, null, Language.FR),
				now.minus(Duration.ofDays(2)));
		assertThat(this.reminders.sendDue()).isEqualTo(2);
		assertThat(this.mailer.sent).extracting(Email::to)
			.containsExactlyInAnyOrder("due@example.org", "long-ago@example.org");
		assertThat(lastSent(due)).isEqualTo(now);
		assertThat(lastSent(remindedLately)).isEqualTo(now.minus(Duration.ofHours(5)));
		assertThat(this.jdbc.sql("select count(*) from learning_reminder_link").query(Long.class).single())
			.as("the expired link purged")
			.isZero();

		assertThat(this.reminders.sendDue()).as("a second run in the same hour").isZero();
		assertThat(this.mailer.sent).hasSize(2);
	}

	private UUID learner(String email, int hour, Instant lastSent) {
		Instant now = this.clock.instant();
		UUID learner = this.learners.create(Language.FR, now).id();
		this.subscriptions.turnOn(learner, email, hour, Language.FR, now);
		this.jdbc.sql("update learning_reminder set last_sent_at = ? where learner_id = ?")
			.params((lastSent != null) ? Timestamp.from(lastSent) : null, learner)
			.update();
		return learner;
	}

	private Instant lastSent(UUID learner) {
		return this.jdbc.sql("select last_sent_at from learning_reminder where learner_id = ?")
			.param(learner)
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

}
