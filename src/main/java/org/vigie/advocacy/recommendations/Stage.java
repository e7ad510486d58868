package org.vigie.advocacy.recommendations;

import java.util.List;

/**
 * A recommendation's status on its timeline: made, answered, committed, under way,
 * implemented, or rejected. Every step after the first cites its evidence.
 */
public enum Stage {

	/** Made (presented, adopted or published). */
	MADE,

	/** The addressee answered. */
	ANSWERED,

	/** The addressee committed to act on it. */
	COMMITTED,

	/** Work is under way. */
	UNDER_WAY,

	/** Implemented. */
	IMPLEMENTED,

	/** Rejected by the addressee. */
	REJECTED;

	/** Whether the follow-up is over (nothing to remind). */
	public boolean closed() {
		return this == IMPLEMENTED || this == REJECTED;
	}

	/** The statuses staff may add as a new step (a recommendation is made only once). */
	public static List<Stage> later() {
		return List.of(ANSWERED, COMMITTED, UNDER_WAY, IMPLEMENTED, REJECTED);
	}

}
