package org.vigie.advocacy.tracker;

/**
 * How far a member state transposed a provision, on the scale of the Commission's
 * transposition reports widened with "goes further" and "unclear". Declared from the best
 * to the least known, which is the order the matrix sorts by.
 */
public enum Status {

	/** The national law goes beyond what the provision asks. */
	GOES_FURTHER,

	/** Transposed in full. */
	TRANSPOSED,

	/** Transposed in part. */
	PARTLY,

	/** Not transposed. */
	NOT_TRANSPOSED,

	/** Measures exist but whether they transpose the provision is unclear. */
	UNCLEAR,

	/** Nobody has assessed it yet. */
	NOT_ASSESSED;

	/** Whether an assessment with this status must name its source. */
	public boolean needsSource() {
		return this != NOT_ASSESSED;
	}

}
