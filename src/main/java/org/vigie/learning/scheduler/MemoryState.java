package org.vigie.learning.scheduler;

/**
 * What FSRS knows about a learner's memory of one card: its stability (days until recall
 * probability falls to 90 %) and its difficulty (1 to 10). Refuses non-finite or
 * out-of-range values so a corrupted state can never be stored or propagated.
 *
 * @param stability stability S in days, at least {@value #MIN_STABILITY}
 * @param difficulty difficulty D, between 1 and 10
 */
public record MemoryState(double stability, double difficulty) {

	/** Lowest stability FSRS allows (fsrs-rs {@code S_MIN}, py-fsrs's clamp). */
	public static final double MIN_STABILITY = 0.001;

	/** Highest stability fsrs-rs allows ({@code S_MAX}). */
	public static final double MAX_STABILITY = 36500;

	/**
	 * Checks both values.
	 * @throws IllegalArgumentException when a value is NaN, infinite or outside its range
	 */
	public MemoryState {
		if (!Double.isFinite(stability) || stability < MIN_STABILITY || stability > MAX_STABILITY) {
			throw new IllegalArgumentException("Stability must be a number of days between " + MIN_STABILITY + " and "
					+ MAX_STABILITY + ", was " + stability);
		}
		if (!Double.isFinite(difficulty) || difficulty < 1 || difficulty > 10) {
			throw new IllegalArgumentException("Difficulty must be between 1 and 10, was " + difficulty);
		}
	}

}
