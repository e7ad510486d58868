package org.vigie.learning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.DatabaseTest;
import org.vigie.TestClock;
import org.vigie.identity.keys.TinkServerKeys;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.decks.StudyCard;
import org.vigie.learning.learners.Learners;
import org.vigie.learning.study.Progress;
import org.vigie.learning.study.ReviewLog;
import org.vigie.learning.study.Schedules;
import org.vigie.learning.study.Study;
import org.vigie.learning.study.StudyRefused;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The learners' device keys and the review log's look-ups on each database (H2, and
 * PostgreSQL in its run): a key found through {@code learning_device} as well as the
 * learner's own, the new cards counted for the daily limit, the last answer to a card,
 * and an offline answer applied once however often its device sends it.
 */
@DatabaseTest
@Import({ DeckStore.class, Learners.class, ReviewLog.class, Schedules.class, Study.class, Progress.class,
		TinkServerKeys.class, LearningDatabaseParts.class })
@ComponentScan(basePackageClasses = Study.class, useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*ReviewTokens"))
class LearnerLookupStoreTests {

	@Autowired
	Learners learners;

	@Autowired
	ReviewLog log;

	@Autowired
	DeckStore decks;

	@Autowired
	Study study;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	/** Each test's rows are rolled back: the store must not keep the decks of another. */
	@BeforeEach
	void forgetKeptDecks() {
		this.decks.all().forEach((deck) -> this.decks.forget(deck.id()));
	}

	@Test
	void everyDeviceKeyOfALearnerFindsThemUntilTheyAreForgotten() {
		Instant now = this.clock.instant();
		Learners.NewLearner first = this.learners.create(Language.NL, now);
		Learners.NewLearner other = this.learners.create(Language.FR, now);
		String phone = this.learners.addDevice(first.id(), now);
		String tablet = this.learners.addDevice(first.id(), now);
		assertThat(this.learners.byDeviceKey(first.deviceKey())).contains(first.id());
		assertThat(this.learners.byDeviceKey(phone)).contains(first.id());
		assertThat(this.learners.byDeviceKey(tablet)).contains(first.id());
		assertThat(this.learners.byDeviceKey(other.deviceKey())).contains(other.id());
		assertThat(this.learners.byDeviceKey("A".repeat(43))).isEmpty();
		assertThat(this.learners.language(first.id())).contains(Language.NL);

		String renewed = this.learners.rekey(first.id());
		assertThat(this.learners.byDeviceKey(first.deviceKey())).as("the replaced key").isEmpty();
		assertThat(this.learners.byDeviceKey(renewed)).contains(first.id());
		assertThat(this.learners.byDeviceKey(phone)).as("another device's key").contains(first.id());

		this.learners.seen(first.id(), Language.EN, now.plus(Duration.ofMinutes(1)));
		assertThat(this.learners.language(first.id())).contains(Language.EN);

		this.learners.forget(first.id());
		assertThat(this.learners.byDeviceKey(phone)).isEmpty();
		assertThat(this.learners.byDeviceKey(renewed)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from learning_device where learner_id = ?")
			.param(first.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(this.learners.byDeviceKey(other.deviceKey())).contains(other.id());
	}

	@Test
	void theReviewLogCountsNewCardsAndFindsTheLastAnswer() {
		Deck deck = LearningFixtures.trialDeck(this.decks);
		List<StudyCard> cards = this.decks.cards(deck.id());
		Instant now = this.clock.instant();
		UUID learner = this.learners.create(Language.FR, now).id();
		UUID someoneElse = this.learners.create(Language.FR, now).id();
		LearningRows rows = new LearningRows(this.jdbc);
		Instant yesterday = now.minus(Duration.ofDays(1));
		rows.review(learner, deck.id(), cards.get(0).id(), yesterday, "NEW", null, 3);
		rows.review(learner, deck.id(), cards.get(1).id(), now.minusSeconds(600), "NEW", null, 1);
		rows.review(learner, deck.id(), cards.get(2).id(), now.minusSeconds(500), "NEW", null, 3);
		rows.review(learner, deck.id(), cards.get(1).id(), now.minusSeconds(400), "LEARNING", 0.9, 3);
		rows.review(someoneElse, deck.id(), cards.get(3).id(), now.minusSeconds(300), "NEW", null, 3);

		Instant today = now.minus(Duration.ofHours(2));
		assertThat(this.log.newCardsSince(learner, deck.id(), today)).isEqualTo(2);
		assertThat(this.log.newCardsSince(learner, deck.id(), yesterday)).isEqualTo(3);
		assertThat(this.log.newCardsSince(learner, UUID.randomUUID(), yesterday)).isZero();
		assertThat(this.log.newCardsSince(someoneElse, deck.id(), today)).isEqualTo(1);

		UUID card = cards.get(4).id();
		Instant answered = now.minusSeconds(200);
		rows.review(learner, deck.id(), card, answered.minusSeconds(100), answered.minusSeconds(100), "NEW", null, 1,
				0);
		rows.review(learner, deck.id(), card, answered, answered, "LEARNING", 0.8, 1, 1);
		rows.review(learner, deck.id(), card, answered, answered.plusSeconds(5), "LEARNING", 0.8, 3, 2);
		assertThat(this.log.last(learner, card)).hasValueSatisfying((last) -> {
			assertThat(last.chosen()).as("the later recorded of two answers given at once").isEqualTo(2);
			assertThat(last.at()).isEqualTo(answered);
		});
		assertThat(this.log.last(someoneElse, card)).isEmpty();
	}

	@Test
	void anOfflineAnswerIsAppliedOnceHoweverOftenItsDeviceSendsIt() {
		Deck deck = LearningFixtures.trialDeck(this.decks);
		StudyCard card = this.decks.cards(deck.id()).get(0);
		Instant now = this.clock.instant();
		UUID learner = this.learners.create(Language.FR, now).id();
		Instant answered = now.minus(Duration.ofHours(3));
		assertThat(this.study.applyOffline(learner, deck, card.id(), card.answer(), answered, "device-1", now))
			.hasValueSatisfying((applied) -> assertThat(applied.right()).isTrue());
		assertThat(this.study.applyOffline(learner, deck, card.id(), card.answer(), answered, "device-1", now))
			.as("the same answer sent again")
			.isEmpty();
		assertThatExceptionOfType(StudyRefused.class).as("an answer older than the card's last review")
			.isThrownBy(() -> this.study.applyOffline(learner, deck, card.id(), card.answer(),
					answered.minusSeconds(60), "device-2", now));
		assertThat(this.jdbc.sql("select count(*) from learning_review where learner_id = ? and client_id = ?")
			.params(learner, "device-1")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.log.last(learner, card.id())).hasValueSatisfying((last) -> {
			assertThat(last.chosen()).isEqualTo(card.answer());
			assertThat(last.at()).isEqualTo(answered);
		});
		assertThat(this.log.newCardsSince(learner, deck.id(), answered)).isEqualTo(1);
	}

}
