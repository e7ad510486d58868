package org.vigie.learning.scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Behaviour a learner notices, beyond the reference vectors: cards remembered come back
 * later and later, a lapse brings a card back within minutes, a higher target brings
 * cards back sooner, fuzzing stays inside py-fsrs's range and replays identically for a
 * seed.
 */
class SchedulerPropertiesTest {

	private static final Instant START = Instant.parse("2026-12-04T09:00:00Z");

	private final CardScheduler exact = new CardScheduler(SchedulerSettings.defaults().withFuzz(false),
			new SplittableRandom(7));

	@Test
	void eachGoodReviewInReviewStateGivesALongerInterval() {
		Card card = graduated(this.exact);
		long previous = 0;
		for (int i = 0; i < 8; i++) {
			Instant at = card.due();
			card = this.exact.review(card, Rating.GOOD, at);
			long interval = Duration.between(at, card.due()).toDays();
			assertThat(interval).isGreaterThan(previous);
			assertThat(card.state()).isEqualTo(CardState.REVIEW);
			previous = interval;
		}
	}

	@Test
	void againInReviewLapsesIntoRelearningForTenMinutesWithLowerStability() {
		Card review = this.exact.review(graduated(this.exact), Rating.GOOD, graduated(this.exact).due());
		Instant at = review.due();
		Card lapsed = this.exact.review(review, Rating.AGAIN, at);
		assertThat(lapsed.state()).isEqualTo(CardState.RELEARNING);
		assertThat(lapsed.step()).isZero();
		assertThat(lapsed.due()).isEqualTo(at.plus(Duration.ofMinutes(10)));
		assertThat(lapsed.memory().stability()).isLessThan(review.memory().stability());
		Card relearnt = this.exact.review(lapsed, Rating.GOOD, lapsed.due());
		assertThat(relearnt.state()).isEqualTo(CardState.REVIEW);
	}

	@Test
	void higherDesiredRetentionGivesShorterIntervals() {
		long previous = Long.MAX_VALUE;
		for (double retention : new double[] { 0.7, 0.8, 0.9, 0.95, 0.97 }) {
			CardScheduler scheduler = new CardScheduler(
					SchedulerSettings.defaults().withFuzz(false).withDesiredRetention(retention),
					new SplittableRandom(7));
			long interval = scheduler.intervalDays(30);
			assertThat(interval).as("retention %s", retention).isLessThan(previous);
			previous = interval;
		}
	}

	@Test
	void recallIsNinetyPercentWhenAReviewIntervalEndsAtRetentionNinety() {
		MemoryModel model = new MemoryModel(FsrsParameters.DEFAULT);
		for (double stability : new double[] { 0.5, 3, 17.25, 400 }) {
			assertThat(model.retrievability(model.rawInterval(0.9, stability), stability)).isCloseTo(0.9,
					within(1e-12));
		}
		Card card = new Card(CardState.REVIEW, 0, new MemoryState(10, 5), START.plus(Duration.ofDays(10)), START);
		assertThat(this.exact.intervalDays(10)).isEqualTo(10);
		assertThat(this.exact.retrievability(card, card.due())).isCloseTo(0.9, within(1e-12));
		assertThat(this.exact.retrievability(card, START)).isEqualTo(1.0);
		assertThat(this.exact.retrievability(Card.fresh(START), START)).isZero();
	}

	@Test
	void fuzzRangeIsPyFsrsRange() {
		IntervalFuzz fuzz = new IntervalFuzz(36500);
		assertThat(fuzz.range(10)).containsExactly(8, 12);
		assertThat(fuzz.range(50)).containsExactly(46, 54);
		assertThat(fuzz.range(3)).containsExactly(2, 4);
		assertThat(new IntervalFuzz(36500).range(36500)[1]).isEqualTo(36500);
		assertThat(fuzz.apply(2, new SplittableRandom(3))).isEqualTo(2);
	}

	@Test
	void fuzzedIntervalsStayInRangeCoverItAndReplayForASeed() {
		long exactInterval = this.exact.intervalDays(10);
		Set<Long> seen = new HashSet<>();
		for (int seed = 0; seed < 200; seed++) {
			List<Long> first = schedule(seed);
			assertThat(schedule(seed)).as("seed %s replays", seed).isEqualTo(first);
			long days = first.get(0);
			assertThat(days).isBetween(8L, 12L);
			seen.add(days);
		}
		assertThat(exactInterval).isEqualTo(10);
		assertThat(seen).containsExactlyInAnyOrder(8L, 9L, 10L, 11L, 12L);
	}

	@Test
	void hardOnTheOnlyStepWaitsOneAndAHalfStepAndEmptyStepListsSkipStepping() {
		SchedulerSettings base = SchedulerSettings.defaults().withFuzz(false);
		CardScheduler oneStep = new CardScheduler(
				new SchedulerSettings(base.parameters(), 0.9, List.of(Duration.ofMinutes(10)), List.of(), 36500, false),
				new SplittableRandom(1));
		Card hard = oneStep.review(Card.fresh(START), Rating.HARD, START);
		assertThat(hard.due()).isEqualTo(START.plus(Duration.ofMinutes(15)));
		assertThat(hard.state()).isEqualTo(CardState.LEARNING);

		CardScheduler noSteps = new CardScheduler(
				new SchedulerSettings(base.parameters(), 0.9, List.of(), List.of(), 36500, false),
				new SplittableRandom(1));
		Card straight = noSteps.review(Card.fresh(START), Rating.AGAIN, START);
		assertThat(straight.state()).isEqualTo(CardState.REVIEW);
		Card lapse = noSteps.review(straight, Rating.AGAIN, straight.due());
		assertThat(lapse.state()).isEqualTo(CardState.REVIEW);
		assertThat(Duration.between(straight.due(), lapse.due()).toDays()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void reviewRecordKeepsWhatParameterFittingNeeds() {
		Card before = graduated(this.exact);
		Instant at = before.due().plus(Duration.ofHours(30));
		Card after = this.exact.review(before, Rating.HARD, at);
		ReviewRecord record = ReviewRecord.of(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), before,
				Rating.HARD, at, after);
		long scheduled = Duration.between(before.lastReview(), before.due()).toDays();
		assertThat(record.elapsedDays()).isEqualTo(scheduled + 1);
		assertThat(record.before()).isSameAs(before);
		assertThat(record.after().lastReview()).isEqualTo(at);
	}

	private List<Long> schedule(int seed) {
		CardScheduler fuzzed = new CardScheduler(SchedulerSettings.defaults(), new SplittableRandom(seed));
		Card card = new Card(CardState.REVIEW, 0, new MemoryState(10, 5), START, START);
		Card first = fuzzed.review(card, Rating.HARD, START);
		Card fuzzedCard = new Card(CardState.LEARNING, 1, new MemoryState(10, 5), START, START);
		Card graduated = fuzzed.review(fuzzedCard, Rating.GOOD, START);
		Card second = fuzzed.review(graduated, Rating.GOOD, graduated.due());
		return List.of(Duration.between(START, graduated.due()).toDays(),
				Duration.between(graduated.due(), second.due()).toDays(),
				Duration.between(START, first.due()).toDays());
	}

	private static Card graduated(CardScheduler scheduler) {
		Card card = scheduler.review(Card.fresh(START), Rating.GOOD, START);
		return scheduler.review(card, Rating.GOOD, card.due());
	}

}
