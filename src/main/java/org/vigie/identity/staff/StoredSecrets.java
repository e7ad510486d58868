package org.vigie.identity.staff;

import java.util.Locale;

import org.vigie.identity.ServerKeys;

/**
 * How the second factor's secrets are kept in the database. The TOTP secret is sealed
 * with the server key and bound to its account, so a copy of the database reveals none
 * and a database writer can neither plant a secret they know nor move one to another
 * account. A recovery code is kept as an HMAC (server key) of its SHA-256, so the 50-bit
 * codes cannot be searched for offline; the inner SHA-256 lets the rows stored before the
 * key existed be upgraded without knowing their codes.
 */
final class StoredSecrets {

	/** Marks a recovery-code hash under the server key. */
	static final String KEYED = "k1:";

	private static final String RECOVERY_PURPOSE = "identity recovery code";

	private final ServerKeys keys;

	StoredSecrets(ServerKeys keys) {
		this.keys = keys;
	}

	String sealTotp(long staffId, String secret) {
		return this.keys.seal(secret, totpContext(staffId));
	}

	/** The TOTP secret, or {@code null} when none is enrolled. */
	String openTotp(long staffId, String sealed) {
		return (sealed != null) ? this.keys.open(sealed, totpContext(staffId)) : null;
	}

	/** Whether a stored TOTP secret is still in the clear, from before encryption. */
	boolean isPlainTotp(String stored) {
		return stored != null && !this.keys.isSealed(stored);
	}

	/** The stored form of a recovery code, as typed (spaces, dashes and case ignored). */
	String recoveryCodeHash(String code) {
		return keyedRecoveryHash(Tokens.hash(code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT)));
	}

	/** The stored form of a recovery code from its unkeyed SHA-256, as rows once held. */
	String keyedRecoveryHash(String sha256) {
		return KEYED + this.keys.keyedHash(RECOVERY_PURPOSE, sha256);
	}

	private static String totpContext(long staffId) {
		return "identity totp secret of staff " + staffId;
	}

}
