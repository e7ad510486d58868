package org.vigie.learning.study;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.TestClock;
import org.vigie.learning.LearningFixtures;
import org.vigie.learning.LearningTest;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckFile;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.decks.StudyCard;
import org.vigie.learning.learners.Learners;
import org.vigie.learning.scheduler.CardState;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The study rules that no page can reach by itself: answers sent later by a device are
 * applied once and in order, a card not due is refused, impossible times are refused, and
 * storing a deck again keeps learners' schedules.
 */
@LearningTest
class StudyTest {

	@Autowired
	Study study;

	@Autowired
	DeckStore decks;

	@Autowired
	Learners learners;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	Deck deck;

	List<StudyCard> cards;

	@BeforeEach
	void deck() {
		this.deck = LearningFixtures.trialDeck(this.decks);
		this.cards = this.decks.cards(this.deck.id());
	}

	@Test
	void answersSentLaterAreAppliedOnceAndInOrder() {
		UUID learner = this.learners.create(Language.EN, this.clock.instant()).id();
		Instant now = this.clock.instant();
		UUID card = this.cards.get(0).id();
		assertThat(this.study.applyOffline(learner, this.deck, card, 1, now.minus(Duration.ofMinutes(30)), "a1", now))
			.hasValueSatisfying((answered) -> assertThat(answered.right()).isTrue());
		String schedule = schedule(learner);
		assertThat(this.study.applyOffline(learner, this.deck, card, 1, now.minus(Duration.ofMinutes(30)), "a1", now))
			.as("the same answer sent twice")
			.isEmpty();
		assertThatExceptionOfType(StudyRefused.class)
			.isThrownBy(() -> this.study.applyOffline(learner, this.deck, card, 0, now.minus(Duration.ofMinutes(40)),
					"a0", now))
			.satisfies((refused) -> assertThat(refused.reason()).isEqualTo(StudyRefused.Reason.BAD_TIME));
		assertThatExceptionOfType(StudyRefused.class)
			.isThrownBy(
					() -> this.study.applyOffline(learner, this.deck, card, 1, now.plus(Duration.ofDays(2)), "f", now))
			.satisfies((refused) -> assertThat(refused.reason()).isEqualTo(StudyRefused.Reason.BAD_TIME));
		assertThatExceptionOfType(StudyRefused.class).isThrownBy(
				() -> this.study.applyOffline(learner, this.deck, card, 1, now.minus(Duration.ofDays(100)), "old", now))
			.satisfies((refused) -> assertThat(refused.reason()).isEqualTo(StudyRefused.Reason.BAD_TIME));
		assertThat(schedule(learner)).isEqualTo(schedule);
		assertThat(reviews(learner)).isEqualTo(1);
	}

	@Test
	void aCardNotDueIsRefusedAndACardOfAnotherDeckToo() {
		UUID learner = this.learners.create(Language.EN, this.clock.instant()).id();
		UUID card = this.cards.get(0).id();
		Instant now = this.clock.instant();
		this.study.applyOffline(learner, this.deck, card, 1, now.minusSeconds(120), "b1", now);
		this.study.applyOffline(learner, this.deck, card, 1, now.minusSeconds(60), "b2", now);
		assertThat(this.jdbc.sql("select state from learning_schedule where learner_id = ?")
			.param(learner)
			.query(String.class)
			.single()).isEqualTo(CardState.REVIEW.name());
		assertThatExceptionOfType(StudyRefused.class)
			.isThrownBy(() -> this.study.applyOffline(learner, this.deck, card, 1, now, "b3", now))
			.satisfies((refused) -> assertThat(refused.reason()).isEqualTo(StudyRefused.Reason.NOT_DUE));
		Deck other = this.decks.published()
			.stream()
			.filter((deck) -> !deck.id().equals(this.deck.id()))
			.findFirst()
			.orElseThrow();
		UUID foreign = this.decks.cards(other.id()).get(0).id();
		assertThatExceptionOfType(StudyRefused.class)
			.isThrownBy(() -> this.study.applyOffline(learner, this.deck, foreign, 0, now, "b4", now))
			.satisfies((refused) -> assertThat(refused.reason()).isEqualTo(StudyRefused.Reason.NOT_IN_DECK));
		assertThat(reviews(learner)).isEqualTo(2);
		this.clock.advance(Duration.ofDays(40));
		Instant later = this.clock.instant();
		assertThat(this.study.applyOffline(learner, this.deck, card, 0, later, "b5", later)).isPresent();
		assertThat(this.jdbc.sql("select lapses from learning_schedule where learner_id = ?")
			.param(learner)
			.query(Integer.class)
			.single()).as("a learnt card forgotten is a lapse").isEqualTo(1);
	}

	@Test
	void storingADeckAgainKeepsLearnersSchedulesAndRetiresRemovedCards() throws Exception {
		UUID learner = this.learners.create(Language.EN, this.clock.instant()).id();
		Instant now = this.clock.instant();
		this.study.applyOffline(learner, this.deck, this.cards.get(5).id(), 2, now.minusSeconds(10), "c1", now);
		String yaml;
		try (var in = getClass().getResourceAsStream("/learning/test-deck.yaml")) {
			yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		String edited = yaml.replace("Card 6 explanation.", "Card 6 explanation, rewritten.")
			.substring(0, yaml.indexOf("  - key: c5"));
		try {
			this.decks.save(DeckFile.read(new java.io.ByteArrayInputStream(
					edited.replace("Card 6 explanation.", "x").getBytes(java.nio.charset.StandardCharsets.UTF_8))),
					now);
			List<StudyCard> after = this.decks.cards(this.deck.id());
			assertThat(after).hasSize(4);
			assertThat(this.jdbc.sql("select count(*) from learning_schedule where learner_id = ?")
				.param(learner)
				.query(Long.class)
				.single()).as("the schedule of a retired card stays for its history").isEqualTo(1);
			assertThat(this.study.next(learner, this.deck, now.plus(Duration.ofDays(30)))
				.map(Question::card)
				.map(StudyCard::key)).as("a retired card is never due").isEqualTo(Optional.of("c1"));
		}
		finally {
			this.decks.save(
					DeckFile
						.read(new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
					now);
		}
		assertThat(this.decks.cards(this.deck.id())).extracting(StudyCard::id)
			.as("cards come back with the same identity")
			.containsExactlyElementsOf(this.cards.stream().map(StudyCard::id).toList());
	}

	@Test
	void answersInTheSameMicrosecondAsTheLastOneAreNotBeforeIt() {
		UUID learner = this.learners.create(Language.EN, this.clock.instant()).id();
		// A time whose nanoseconds a database rounds up to the next microsecond.
		Instant now = Instant.parse("2026-12-04T10:00:00.000000900Z");
		for (int i = 0; i < this.cards.size(); i++) {
			Question fresh = this.study.next(learner, this.deck, now).orElseThrow();
			assertThat(fresh.isNew()).isTrue();
			this.study.answer(learner, Language.EN, this.deck, fresh.card().id(), fresh.card().answer(), fresh.token(),
					now);
		}
		Question again = this.study.next(learner, this.deck, now).orElseThrow();
		assertThat(again.isNew()).as("a card being learnt, again at the same moment").isFalse();
		assertThat(this.study
			.answer(learner, Language.EN, this.deck, again.card().id(), again.card().answer(), again.token(), now)
			.answered()
			.right()).isTrue();
	}

	private String schedule(UUID learner) {
		return this.jdbc.sql("select * from learning_schedule where learner_id = ?")
			.param(learner)
			.query()
			.listOfRows()
			.toString();
	}

	private long reviews(UUID learner) {
		return this.jdbc.sql("select count(*) from learning_review where learner_id = ?")
			.param(learner)
			.query(Long.class)
			.single();
	}

}
