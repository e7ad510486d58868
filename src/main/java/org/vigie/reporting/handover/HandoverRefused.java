package org.vigie.reporting.handover;

/**
 * A hand-over step that was refused, and why, in words a person can act on (the message
 * {@code handover.refused.<REASON>}). Nothing was changed.
 */
public class HandoverRefused extends RuntimeException {

	/** Why a step was refused. */
	public enum Reason {

		/** The report does not exist (any more). */
		NO_REPORT,

		/** The unit does not exist or is disabled. */
		NO_UNIT,

		/** No field was chosen. */
		NO_FIELDS,

		/** Contact details were asked for a report whose reporter did not consent. */
		CONTACT_WITHOUT_CONSENT,

		/** This analyst's key ring does not open the report (or is not open). */
		NO_ACCESS,

		/** The analyst who prepared a hand-over cannot approve it. */
		OWN_HANDOVER,

		/** The hand-over was already approved or rejected. */
		DECIDED,

		/** A rejection needs a reason, of reasonable length. */
		REASON,

		/** The unit's key can no longer receive packages (expired or revoked since). */
		UNIT_KEY

	}

	private final Reason reason;

	public HandoverRefused(Reason reason) {
		super("Hand-over refused: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** The message key that explains the refusal. */
	public String messageKey() {
		return "handover.refused." + this.reason.name();
	}

}
