package org.vigie.advocacy.recommendations;

/**
 * How far a recommendation is implemented, on the five levels of the Open Government
 * Partnership's independent reporting mechanism.
 */
public enum Progress {

	/** Nothing shows whether anything was done. */
	NO_EVIDENCE,

	/** Not started. */
	NOT_STARTED,

	/** Limited. */
	LIMITED,

	/** Substantial. */
	SUBSTANTIAL,

	/** Complete. */
	COMPLETE

}
