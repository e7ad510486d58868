package org.vigie.learning.scheduler;

import java.util.random.RandomGenerator;

/**
 * Spreads review intervals so that cards learnt together do not all come back on the same
 * day, as py-fsrs does: intervals under 2.5 days are kept, longer ones are drawn
 * uniformly among the whole days of a range that widens with the interval (10 days gives
 * 8 to 12).
 */
final class IntervalFuzz {

	private final int maximumIntervalDays;

	IntervalFuzz(int maximumIntervalDays) {
		this.maximumIntervalDays = maximumIntervalDays;
	}

	/**
	 * The range an interval may be fuzzed into, bounds included.
	 * @param intervalDays the interval before fuzzing
	 * @return {min, max}
	 */
	long[] range(long intervalDays) {
		double delta = 1 + 0.15 * clip(intervalDays - 2.5, 0, 4.5) + 0.10 * clip(intervalDays - 7, 0, 13)
				+ 0.05 * Math.max(intervalDays - 20, 0);
		long max = Math.min(Math.round(intervalDays + delta), this.maximumIntervalDays);
		long min = Math.min(Math.max(2, Math.round(intervalDays - delta)), max);
		return new long[] { min, max };
	}

	long apply(long intervalDays, RandomGenerator random) {
		if (intervalDays < 2.5) {
			return intervalDays;
		}
		long[] range = range(intervalDays);
		return random.nextLong(range[0], range[1] + 1);
	}

	private static double clip(double value, double low, double high) {
		return Math.min(Math.max(value, low), high);
	}

}
