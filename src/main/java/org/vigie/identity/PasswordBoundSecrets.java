package org.vigie.identity;

/**
 * Implemented by modules that keep a staff member's secret wrapped under a key derived
 * from their password (the reporting line keeps analysts' private keys this way). The
 * identity module calls it whenever a password changes.
 */
public interface PasswordBoundSecrets {

	/**
	 * The password was changed by its owner, who gave the old one: re-wrap the secrets
	 * under the new password, in the same transaction.
	 */
	void passwordChanged(long staffId, char[] oldPassword, char[] newPassword);

	/**
	 * The password was reset by email, without the old one: the wrapped secrets can no
	 * longer be opened. Discard them, so that someone with access grants them again.
	 */
	void passwordReset(long staffId);

	/**
	 * The member just gave their right password at sign-in: open what it protects for
	 * this session (an analyst's private key). Called before the second factor, which
	 * still guards every use of the session.
	 * @param staff the member
	 * @param password the password they gave; not kept
	 */
	default void passwordProven(StaffIdentity staff, char[] password) {
	}

}
