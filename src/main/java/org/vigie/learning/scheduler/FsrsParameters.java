package org.vigie.learning.scheduler;

import java.util.Arrays;

/**
 * The 21 weights w[0]..w[20] of the FSRS-6 model. The defaults are the medians of the
 * weights fitted on about 10,000 Anki collections, as published by fsrs-rs 6.6.1 and
 * py-fsrs 6.3.1; later, weights fitted on a deck's or an organisation's own review logs
 * can replace them. Immutable: the array is copied in and never handed out.
 */
public final class FsrsParameters {

	/** Number of weights in an FSRS-6 parameter vector. */
	public static final int COUNT = 21;

	/** The current FSRS-6 default weights. */
	public static final FsrsParameters DEFAULT = new FsrsParameters(0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334,
			3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912,
			0.0658, 0.1542);

	private final double[] weights;

	/**
	 * Takes a full FSRS-6 vector.
	 * @param weights exactly 21 finite values, w[20] (the decay) strictly positive
	 * @throws IllegalArgumentException otherwise
	 */
	public FsrsParameters(double... weights) {
		if (weights.length != COUNT) {
			throw new IllegalArgumentException("FSRS-6 needs " + COUNT + " weights, got " + weights.length);
		}
		for (double weight : weights) {
			if (!Double.isFinite(weight)) {
				throw new IllegalArgumentException("FSRS weights must be finite numbers, got " + weight);
			}
		}
		if (weights[20] <= 0) {
			throw new IllegalArgumentException("The forgetting-curve decay w[20] must be positive, was " + weights[20]);
		}
		this.weights = weights.clone();
	}

	/**
	 * One weight.
	 * @param index 0 to 20
	 * @return w[index]
	 */
	public double w(int index) {
		return this.weights[index];
	}

	/**
	 * Returns a copy of the parameters with one weight replaced, for variants such as the
	 * "long-term only" model (w[17] = w[18] = w[19] = 0).
	 * @param index 0 to 20
	 * @param value the new weight
	 * @return new parameters
	 */
	public FsrsParameters with(int index, double value) {
		double[] copy = this.weights.clone();
		copy[index] = value;
		return new FsrsParameters(copy);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FsrsParameters parameters && Arrays.equals(this.weights, parameters.weights);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.weights);
	}

	@Override
	public String toString() {
		return "FsrsParameters" + Arrays.toString(this.weights);
	}

}
