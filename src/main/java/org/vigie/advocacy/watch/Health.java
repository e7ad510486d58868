package org.vigie.advocacy.watch;

/**
 * What the last checks of a watched address found. Every state but {@link #NEW} and
 * {@link #OK} is reported to the team once, when the address enters it.
 */
public enum Health {

	/** Not fetched yet. */
	NEW,

	/** Fetched, the watched part is there, nothing to report. */
	OK,

	/** The watched part's text changed; stays until a staff member marks it seen. */
	CHANGED,

	/** The page answers but the selector matches nothing: the source changed shape. */
	SHAPE_CHANGED,

	/** Failed several checks in a row (errors, timeouts, not found). */
	UNREACHABLE,

	/**
	 * Refused without fetching or reading it all: private address, too large, not
	 * http(s).
	 */
	REFUSED;

	/** Whether staff should look at it. */
	public boolean alarming() {
		return this != NEW && this != OK;
	}

}
