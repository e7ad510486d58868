package org.vigie.learning.scheduler;

/**
 * Where a card stands in its life: never seen, going through the short learning steps, on
 * a day-based review interval, or going through relearning steps after a lapse. The state
 * decides whether the next delay is a short step or an interval computed from stability.
 */
public enum CardState {

	/** Never reviewed: due at once, no memory state yet. */
	NEW,

	/** First seen, going through the learning steps (minutes). */
	LEARNING,

	/** Graduated: reviewed at intervals of whole days. */
	REVIEW,

	/** Forgotten while in review, going through the relearning steps. */
	RELEARNING

}
