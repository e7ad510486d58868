package org.vigie.learning.study;

/**
 * An answer that is not applied, and why; the schedule is unchanged.
 */
public class StudyRefused extends RuntimeException {

	private final Reason reason;

	public StudyRefused(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	public StudyRefused(Reason reason, Throwable cause) {
		super(reason.name(), cause);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Why an answer is refused; each has a message {@code learning.refused.<name>}. */
	public enum Reason {

		/** The card is not (or no longer) in this deck. */
		NOT_IN_DECK,

		/** The option chosen does not exist. */
		BAD_CHOICE,

		/** The card is not due yet. */
		NOT_DUE,

		/** The answer was already counted, or the page it came from is out of date. */
		ALREADY_ANSWERED,

		/**
		 * The time of an answer sent later is impossible: in the future, or before an
		 * earlier one.
		 */
		BAD_TIME,

		/** The trip date is in the past or more than a year ahead. */
		BAD_TRIP_DATE

	}

}
