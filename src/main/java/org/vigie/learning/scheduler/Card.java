package org.vigie.learning.scheduler;

import java.time.Instant;

/**
 * The scheduling state of one card for one learner: its life stage, the current
 * (re)learning step, its memory state, when it is due and when it was last reviewed. A
 * new card has no memory state and no last review; any other card has both, and is never
 * due before its last review.
 *
 * @param state life stage of the card
 * @param step index of the current learning or relearning step (0 outside those stages)
 * @param memory stability and difficulty, {@code null} only for a new card
 * @param due when the card should next be reviewed
 * @param lastReview time of the last review, {@code null} only for a new card
 */
public record Card(CardState state, int step, MemoryState memory, Instant due, Instant lastReview) {

	/**
	 * Checks that the fields fit together.
	 * @throws IllegalArgumentException when they do not
	 */
	public Card {
		if (state == null || due == null) {
			throw new IllegalArgumentException("A card needs a state and a due time");
		}
		if (step < 0) {
			throw new IllegalArgumentException("Step must not be negative, was " + step);
		}
		boolean isNew = state == CardState.NEW;
		if (isNew != (memory == null) || isNew != (lastReview == null)) {
			throw new IllegalArgumentException(
					"Only a new card, and every new card, lacks a memory state and a last review");
		}
		if (lastReview != null && due.isBefore(lastReview)) {
			throw new IllegalArgumentException("A card cannot be due before its last review");
		}
	}

	/**
	 * A card never reviewed, due at once.
	 * @param now the time the card is added
	 * @return a new card due at {@code now}
	 */
	public static Card fresh(Instant now) {
		return new Card(CardState.NEW, 0, null, now, null);
	}

}
