package org.vigie.learning.scheduler;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One review as it must be kept so that FSRS parameters can later be fitted on pooled
 * logs (per deck or organisation) and schedules replayed after the parameters change:
 * which card, which learner, when, the rating, the whole days elapsed since the previous
 * review, and the card's scheduling state before and after.
 *
 * @param cardId the card reviewed
 * @param learnerId the learner (an opaque id, never an email)
 * @param reviewedAt when the review happened
 * @param rating the rating given
 * @param elapsedDays whole days since the previous review, 0 for the first one
 * @param before the card's state before the review
 * @param after the card's state after the review
 */
public record ReviewRecord(UUID cardId, UUID learnerId, Instant reviewedAt, Rating rating, long elapsedDays,
		Card before, Card after) {

	/**
	 * Checks that the record is complete and consistent.
	 * @throws IllegalArgumentException when a field is missing or the times do not fit
	 */
	public ReviewRecord {
		if (cardId == null || learnerId == null || reviewedAt == null || rating == null || before == null
				|| after == null) {
			throw new IllegalArgumentException("A review record needs every field");
		}
		if (elapsedDays != CardScheduler.elapsedDays(before, reviewedAt)) {
			throw new IllegalArgumentException("Elapsed days " + elapsedDays + " do not match the review time");
		}
		if (!reviewedAt.equals(after.lastReview())) {
			throw new IllegalArgumentException("The state after the review must record this review's time");
		}
	}

	/**
	 * Builds the record of a review, computing the elapsed days.
	 * @param cardId the card reviewed
	 * @param learnerId the learner
	 * @param before the card before the review
	 * @param rating the rating given
	 * @param reviewedAt when the review happened
	 * @param after the card after the review
	 * @return the record
	 */
	public static ReviewRecord of(UUID cardId, UUID learnerId, Card before, Rating rating, Instant reviewedAt,
			Card after) {
		Objects.requireNonNull(before, "before");
		return new ReviewRecord(cardId, learnerId, reviewedAt, rating, CardScheduler.elapsedDays(before, reviewedAt),
				before, after);
	}

}
