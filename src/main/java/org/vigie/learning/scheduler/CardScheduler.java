package org.vigie.learning.scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Decides when a card comes back after a review, with FSRS-6 and the learning, review and
 * relearning behaviour of py-fsrs 6.3.1 (same-day reviews as in fsrs-rs 6.6.1). Pure and
 * deterministic: the review time is an argument and fuzzing draws from the random
 * generator given at construction, so a seeded generator replays the same schedule.
 * Elapsed days are whole 24-hour blocks since the last review. A review dated before the
 * card's last review is refused rather than turned into a corrupted schedule.
 */
public final class CardScheduler {

	private final SchedulerSettings settings;

	private final MemoryModel model;

	private final IntervalFuzz fuzz;

	private final RandomGenerator random;

	/**
	 * Creates a scheduler.
	 * @param settings the deck's settings
	 * @param random source of randomness for fuzzing (seed it for reproducible schedules)
	 */
	public CardScheduler(SchedulerSettings settings, RandomGenerator random) {
		this.settings = Objects.requireNonNull(settings, "settings");
		this.random = Objects.requireNonNull(random, "random");
		this.model = new MemoryModel(settings.parameters());
		this.fuzz = new IntervalFuzz(settings.maximumIntervalDays());
	}

	/**
	 * The card's state after a review.
	 * @param card the card before the review
	 * @param rating the learner's rating
	 * @param reviewedAt when the review happened, not before the card's last review
	 * @return the card after the review
	 * @throws IllegalArgumentException when the review time is before the last review
	 */
	public Card review(Card card, Rating rating, Instant reviewedAt) {
		Objects.requireNonNull(rating, "rating");
		long elapsedDays = elapsedDays(card, reviewedAt);
		MemoryState memory = (card.state() == CardState.NEW) ? this.model.initial(rating)
				: this.model.next(card.memory(), elapsedDays, rating);
		return switch (card.state()) {
			case NEW -> stepping(this.settings.learningSteps(), 0, CardState.LEARNING, memory, rating, reviewedAt);
			case LEARNING ->
				stepping(this.settings.learningSteps(), card.step(), CardState.LEARNING, memory, rating, reviewedAt);
			case RELEARNING -> stepping(this.settings.relearningSteps(), card.step(), CardState.RELEARNING, memory,
					rating, reviewedAt);
			case REVIEW -> reviewed(memory, rating, reviewedAt);
		};
	}

	/**
	 * Estimated probability that the learner still remembers the card at a given time,
	 * from whole days elapsed since the last review; 0 for a card never reviewed.
	 * @param card the card
	 * @param at the time of the estimate, not before the last review
	 * @return recall probability in [0, 1]
	 * @throws IllegalArgumentException when {@code at} is before the last review
	 */
	public double retrievability(Card card, Instant at) {
		long elapsedDays = elapsedDays(card, at);
		return (card.memory() == null) ? 0 : this.model.retrievability(elapsedDays, card.memory().stability());
	}

	/**
	 * Whole days until recall falls to the desired retention, rounded, between 1 and the
	 * maximum interval, before fuzzing.
	 * @param stability stability in days
	 * @return the interval in days
	 */
	public long intervalDays(double stability) {
		long days = Math.round(this.model.rawInterval(this.settings.desiredRetention(), stability));
		return Math.min(Math.max(days, 1), this.settings.maximumIntervalDays());
	}

	/**
	 * Whole 24-hour blocks between the card's last review and {@code at}.
	 * @param card the card
	 * @param at a time not before the card's last review
	 * @return elapsed days, 0 for a new card
	 * @throws IllegalArgumentException when {@code at} is before the last review
	 */
	public static long elapsedDays(Card card, Instant at) {
		Objects.requireNonNull(card, "card");
		Objects.requireNonNull(at, "time");
		if (card.lastReview() == null) {
			return 0;
		}
		if (at.isBefore(card.lastReview())) {
			throw new IllegalArgumentException(
					"Review time " + at + " is before the card's last review at " + card.lastReview());
		}
		return Duration.between(card.lastReview(), at).toDays();
	}

	private Card stepping(List<Duration> steps, int step, CardState stage, MemoryState memory, Rating rating,
			Instant now) {
		boolean pastLastStep = step >= steps.size() && rating.isPass();
		boolean graduates = rating == Rating.EASY || (rating == Rating.GOOD && step + 1 >= steps.size());
		if (steps.isEmpty() || pastLastStep || graduates) {
			return graduated(memory, now);
		}
		return switch (rating) {
			case AGAIN -> new Card(stage, 0, memory, now.plus(steps.get(0)), now);
			case HARD -> new Card(stage, step, memory, now.plus(hardDelay(steps, step)), now);
			default -> new Card(stage, step + 1, memory, now.plus(steps.get(step + 1)), now);
		};
	}

	private Card reviewed(MemoryState memory, Rating rating, Instant now) {
		List<Duration> steps = this.settings.relearningSteps();
		if (rating == Rating.AGAIN && !steps.isEmpty()) {
			return new Card(CardState.RELEARNING, 0, memory, now.plus(steps.get(0)), now);
		}
		return graduated(memory, now);
	}

	private Card graduated(MemoryState memory, Instant now) {
		long days = intervalDays(memory.stability());
		if (this.settings.fuzz()) {
			days = this.fuzz.apply(days, this.random);
		}
		return new Card(CardState.REVIEW, 0, memory, now.plus(Duration.ofDays(days)), now);
	}

	private static Duration hardDelay(List<Duration> steps, int step) {
		if (step == 0 && steps.size() == 1) {
			return steps.get(0).multipliedBy(3).dividedBy(2);
		}
		if (step == 0) {
			return steps.get(0).plus(steps.get(1)).dividedBy(2);
		}
		return steps.get(step);
	}

}
