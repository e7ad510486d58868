package org.vigie.advocacy.recommendations;

/**
 * How the state answered a UN recommendation (UPR Info's wording).
 */
public enum Response {

	/** Accepted (supported). */
	ACCEPTED,

	/** Partly accepted. */
	PARTLY_ACCEPTED,

	/** Noted (not supported). */
	NOTED,

	/** No response (or none applies). */
	NONE

}
