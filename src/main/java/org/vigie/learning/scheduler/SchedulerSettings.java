package org.vigie.learning.scheduler;

import java.time.Duration;
import java.util.List;

/**
 * How a deck is scheduled: the model weights, the recall probability aimed at when a card
 * comes back, the short learning and relearning steps, the longest interval allowed and
 * whether intervals are fuzzed. The defaults are those of the reference implementations.
 *
 * @param parameters FSRS-6 weights
 * @param desiredRetention target recall probability, in (0, 1]
 * @param learningSteps delays between the first reviews of a new card; may be empty
 * @param relearningSteps delays between reviews after a lapse; may be empty
 * @param maximumIntervalDays longest interval in days, at least 1
 * @param fuzz whether review intervals are spread randomly around their value
 */
public record SchedulerSettings(FsrsParameters parameters, double desiredRetention, List<Duration> learningSteps,
		List<Duration> relearningSteps, int maximumIntervalDays, boolean fuzz) {

	/** Default desired retention: 90 % recall when a card comes back. */
	public static final double DEFAULT_RETENTION = 0.9;

	/** Default maximum interval: 100 years, as in the reference implementations. */
	public static final int DEFAULT_MAXIMUM_INTERVAL = 36500;

	/**
	 * Checks and copies the values.
	 * @throws IllegalArgumentException when a value is out of range or a step is not
	 * positive
	 */
	public SchedulerSettings {
		if (parameters == null) {
			throw new IllegalArgumentException("FSRS parameters are required");
		}
		if (!(desiredRetention > 0 && desiredRetention <= 1)) {
			throw new IllegalArgumentException("Desired retention must be in (0, 1], was " + desiredRetention);
		}
		if (maximumIntervalDays < 1) {
			throw new IllegalArgumentException("Maximum interval must be at least one day, was " + maximumIntervalDays);
		}
		learningSteps = checkedSteps(learningSteps);
		relearningSteps = checkedSteps(relearningSteps);
	}

	/**
	 * The reference defaults: default weights, retention 0.9, learning steps 1 and 10
	 * minutes, relearning step 10 minutes, maximum interval 36500 days, fuzz on.
	 * @return default settings
	 */
	public static SchedulerSettings defaults() {
		return new SchedulerSettings(FsrsParameters.DEFAULT, DEFAULT_RETENTION,
				List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)),
				DEFAULT_MAXIMUM_INTERVAL, true);
	}

	/**
	 * Same settings with another desired retention (per deck).
	 * @param retention target recall probability, in (0, 1]
	 * @return new settings
	 */
	public SchedulerSettings withDesiredRetention(double retention) {
		return new SchedulerSettings(this.parameters, retention, this.learningSteps, this.relearningSteps,
				this.maximumIntervalDays, this.fuzz);
	}

	/**
	 * Same settings with fuzzing switched on or off.
	 * @param enabled whether to fuzz review intervals
	 * @return new settings
	 */
	public SchedulerSettings withFuzz(boolean enabled) {
		return new SchedulerSettings(this.parameters, this.desiredRetention, this.learningSteps, this.relearningSteps,
				this.maximumIntervalDays, enabled);
	}

	/**
	 * Same settings with other weights.
	 * @param weights the FSRS-6 weights
	 * @return new settings
	 */
	public SchedulerSettings withParameters(FsrsParameters weights) {
		return new SchedulerSettings(weights, this.desiredRetention, this.learningSteps, this.relearningSteps,
				this.maximumIntervalDays, this.fuzz);
	}

	private static List<Duration> checkedSteps(List<Duration> steps) {
		List<Duration> copy = List.copyOf(steps);
		for (Duration step : copy) {
			if (step.isNegative() || step.isZero()) {
				throw new IllegalArgumentException("Learning and relearning steps must be positive, got " + step);
			}
		}
		return copy;
	}

}
