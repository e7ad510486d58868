package org.vigie.learning.scheduler;

/**
 * How well a learner recalled a card, on FSRS's four-point scale. The numeric grade (1 to
 * 4) enters the formulas directly, so the order and values must not change.
 */
public enum Rating {

	/** Forgotten: the card lapses. */
	AGAIN(1),

	/** Recalled with serious difficulty. */
	HARD(2),

	/** Recalled correctly. */
	GOOD(3),

	/** Recalled without effort. */
	EASY(4);

	private final int grade;

	Rating(int grade) {
		this.grade = grade;
	}

	/**
	 * The grade G used by the FSRS formulas.
	 * @return 1 for {@link #AGAIN} up to 4 for {@link #EASY}
	 */
	public int grade() {
		return this.grade;
	}

	boolean isPass() {
		return this != AGAIN;
	}

}
