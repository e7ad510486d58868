package org.vigie.learning.scheduler;

/**
 * The FSRS-6 formulas: forgetting curve, interval for a desired retention, initial state
 * and the updates of stability and difficulty after a review. Computed in {@code double};
 * fsrs-rs uses {@code float}, hence the tolerances in the tests. Same-day Hard follows
 * fsrs-rs (stability never decreases on a passing same-day review), not py-fsrs.
 */
public final class MemoryModel {

	private final FsrsParameters w;

	private final double decay;

	private final double factor;

	/**
	 * Builds the model for a parameter vector.
	 * @param parameters the 21 weights
	 */
	public MemoryModel(FsrsParameters parameters) {
		this.w = parameters;
		this.decay = -parameters.w(20);
		this.factor = Math.pow(0.9, 1 / this.decay) - 1;
	}

	/**
	 * Probability of recall after {@code elapsedDays} days for a memory of stability
	 * {@code stability}; equals 0.9 when both are equal.
	 * @param elapsedDays days since the last review, not negative
	 * @param stability stability in days
	 * @return retrievability R in (0, 1]
	 */
	public double retrievability(double elapsedDays, double stability) {
		return Math.pow(1 + this.factor * elapsedDays / stability, this.decay);
	}

	/**
	 * Days after which recall probability falls to {@code desiredRetention}, before
	 * rounding.
	 * @param desiredRetention target recall probability in (0, 1]
	 * @param stability stability in days
	 * @return the unrounded interval in days
	 */
	public double rawInterval(double desiredRetention, double stability) {
		return stability / this.factor * (Math.pow(desiredRetention, 1 / this.decay) - 1);
	}

	/**
	 * Memory state after the very first review of a card.
	 * @param rating the first rating
	 * @return S0 and D0
	 */
	public MemoryState initial(Rating rating) {
		return new MemoryState(clampStability(this.w.w(rating.grade() - 1)),
				clampDifficulty(initialDifficulty(rating)));
	}

	/**
	 * Memory state after a later review.
	 * @param memory the state before the review
	 * @param elapsedDays whole days since the last review; 0 means a same-day review
	 * @param rating the rating given
	 * @return the new state: stability from the old difficulty, then the new difficulty
	 */
	public MemoryState next(MemoryState memory, long elapsedDays, Rating rating) {
		double s = memory.stability();
		double d = memory.difficulty();
		double stability;
		if (elapsedDays == 0) {
			stability = sameDayStability(s, rating);
		}
		else {
			double r = retrievability(elapsedDays, s);
			stability = rating.isPass() ? stabilityAfterSuccess(d, s, r, rating) : stabilityAfterLapse(d, s, r);
		}
		return new MemoryState(clampStability(stability), nextDifficulty(d, rating));
	}

	double initialDifficulty(Rating rating) {
		return this.w.w(4) - Math.exp(this.w.w(5) * (rating.grade() - 1)) + 1;
	}

	double dampedDifficulty(double difficulty, Rating rating) {
		double delta = -this.w.w(6) * (rating.grade() - 3);
		return difficulty + delta * (10 - difficulty) / 9;
	}

	double nextDifficulty(double difficulty, Rating rating) {
		double target = initialDifficulty(Rating.EASY);
		double w7 = this.w.w(7);
		return clampDifficulty(w7 * target + (1 - w7) * dampedDifficulty(difficulty, rating));
	}

	double stabilityAfterSuccess(double difficulty, double stability, double retrievability, Rating rating) {
		double penalty = (rating == Rating.HARD) ? this.w.w(15) : 1;
		double bonus = (rating == Rating.EASY) ? this.w.w(16) : 1;
		return stability * (1 + Math.exp(this.w.w(8)) * (11 - difficulty) * Math.pow(stability, -this.w.w(9))
				* (Math.exp(this.w.w(10) * (1 - retrievability)) - 1) * penalty * bonus);
	}

	double stabilityAfterLapse(double difficulty, double stability, double retrievability) {
		double longTerm = this.w.w(11) * Math.pow(difficulty, -this.w.w(12))
				* (Math.pow(stability + 1, this.w.w(13)) - 1) * Math.exp(this.w.w(14) * (1 - retrievability));
		double sameDayCeiling = stability / Math.exp(this.w.w(17) * this.w.w(18));
		return Math.min(longTerm, sameDayCeiling);
	}

	double sameDayStability(double stability, Rating rating) {
		double increase = Math.exp(this.w.w(17) * (rating.grade() - 3 + this.w.w(18)))
				* Math.pow(stability, -this.w.w(19));
		if (rating.isPass()) {
			increase = Math.max(increase, 1);
		}
		return stability * increase;
	}

	private static double clampStability(double stability) {
		return Math.min(Math.max(stability, MemoryState.MIN_STABILITY), MemoryState.MAX_STABILITY);
	}

	private static double clampDifficulty(double difficulty) {
		return Math.min(Math.max(difficulty, 1), 10);
	}

}
