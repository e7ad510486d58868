package org.vigie.advocacy.impact;

/**
 * Where a figure of the ledger comes from: one published event of another module.
 */
enum Source {

	/**
	 * Prevention workshops delivered (mobilisation): young people and teachers reached.
	 */
	WORKSHOPS,

	/** Pledges confirmed (mobilisation), per campaign. */
	PLEDGES,

	/** Reports received by the reporting line: counts only, small ones hidden. */
	REPORTS,

	/** Learners who started the awareness cards. */
	LEARNERS

}
