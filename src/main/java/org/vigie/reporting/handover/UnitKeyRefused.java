package org.vigie.reporting.handover;

/**
 * A police unit's public key that cannot be used, and why, in words a person can act on
 * (the message {@code handover.key.refused.<REASON>}).
 */
public class UnitKeyRefused extends RuntimeException {

	/** Why a key was refused. */
	public enum Reason {

		/** Nothing was given. */
		EMPTY,

		/** More text than any public key needs. */
		TOO_LARGE,

		/** Not an ASCII-armoured OpenPGP public key. */
		MALFORMED,

		/** Several keys in one block: a unit gets one key at a time. */
		SEVERAL,

		/** A secret key: the unit must keep it, never send it. */
		SECRET,

		/** A key with no part that may encrypt. */
		CANNOT_ENCRYPT,

		/** A key whose encryption parts have expired. */
		EXPIRED,

		/** A key its owner revoked. */
		REVOKED

	}

	private final Reason reason;

	public UnitKeyRefused(Reason reason) {
		super("Police unit key refused: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** The message key that explains the refusal. */
	public String messageKey() {
		return "handover.key.refused." + this.reason.name();
	}

}
