package org.vigie.learning.scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tampered or absurd input (an offline device with a wrong clock, a forged memory state,
 * bad deck settings) is refused with a clear message and never yields a corrupted
 * schedule.
 */
class HostileInputTest {

	private static final Instant LAST = Instant.parse("2026-12-04T09:00:00Z");

	private final CardScheduler scheduler = new CardScheduler(SchedulerSettings.defaults(), new SplittableRandom(5));

	private final Card reviewed = new Card(CardState.REVIEW, 0, new MemoryState(12, 5), LAST.plus(Duration.ofDays(12)),
			LAST);

	@Test
	void reviewDatedBeforeTheLastReviewIsRefusedAndTheCardIsUnchanged() {
		Card before = this.reviewed;
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.scheduler.review(before, Rating.GOOD, LAST.minusSeconds(1)))
			.withMessageContaining("before the card's last review");
		assertThat(before)
			.isEqualTo(new Card(CardState.REVIEW, 0, new MemoryState(12, 5), LAST.plus(Duration.ofDays(12)), LAST));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.scheduler.retrievability(before, LAST.minus(Duration.ofDays(400))));
	}

	@Test
	void nanNegativeOrInfiniteMemoryStateIsRefused() {
		for (double stability : new double[] { Double.NaN, -1, 0, Double.POSITIVE_INFINITY, 1e9 }) {
			assertThatIllegalArgumentException().isThrownBy(() -> new MemoryState(stability, 5))
				.withMessageContaining("Stability");
		}
		for (double difficulty : new double[] { Double.NaN, 0.5, 11, Double.NEGATIVE_INFINITY }) {
			assertThatIllegalArgumentException().isThrownBy(() -> new MemoryState(3, difficulty))
				.withMessageContaining("Difficulty");
		}
	}

	@Test
	void inconsistentCardsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Card(CardState.REVIEW, 0, null, LAST, LAST));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Card(CardState.NEW, 0, new MemoryState(1, 5), LAST, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Card(CardState.LEARNING, -1, new MemoryState(1, 5), LAST, LAST));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Card(CardState.REVIEW, 0, new MemoryState(1, 5), LAST.minusSeconds(1), LAST));
	}

	@Test
	void badParametersAndSettingsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new FsrsParameters(new double[19]))
			.withMessageContaining("21");
		assertThatIllegalArgumentException().isThrownBy(() -> FsrsParameters.DEFAULT.with(3, Double.NaN));
		assertThatIllegalArgumentException().isThrownBy(() -> FsrsParameters.DEFAULT.with(20, 0));
		SchedulerSettings defaults = SchedulerSettings.defaults();
		for (double retention : new double[] { 0, -0.5, 1.01, Double.NaN }) {
			assertThatIllegalArgumentException().isThrownBy(() -> defaults.withDesiredRetention(retention))
				.withMessageContaining("retention");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> new SchedulerSettings(FsrsParameters.DEFAULT, 0.9,
				List.of(Duration.ZERO), List.of(), 36500, true));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SchedulerSettings(FsrsParameters.DEFAULT, 0.9, List.of(), List.of(), 0, true));
	}

	@Test
	void aReviewRecordThatDoesNotMatchItsReviewIsRefused() {
		Instant at = LAST.plus(Duration.ofDays(3));
		Card after = this.scheduler.review(this.reviewed, Rating.GOOD, at);
		UUID card = UUID.randomUUID();
		UUID learner = UUID.randomUUID();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ReviewRecord(card, learner, at, Rating.GOOD, 7, this.reviewed, after));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new ReviewRecord(card, learner, at.plusSeconds(60), Rating.GOOD, 3, this.reviewed, after));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ReviewRecord.of(card, learner, this.reviewed, Rating.GOOD, LAST.minusSeconds(5), after));
		assertThat(ReviewRecord.of(card, learner, this.reviewed, Rating.GOOD, at, after).elapsedDays()).isEqualTo(3);
	}

}
