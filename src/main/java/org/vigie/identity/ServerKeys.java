package org.vigie.identity;

/**
 * The server's own keys, kept outside the database: an authenticated cipher for secrets
 * stored at rest, and a keyed hash (HMAC-SHA256) for values that must be found or checked
 * without being readable, such as recovery codes or the links of the audit trail. A copy
 * of the database alone opens no secret and forges no hash.
 */
public interface ServerKeys {

	/**
	 * Encrypts a secret, bound to its context: the same ciphertext under another context
	 * (another account) does not open.
	 * @param plaintext the secret
	 * @param context associated data, such as the owning account's id
	 * @return the ciphertext, in a text form that names the key's version
	 */
	String seal(String plaintext, String context);

	/**
	 * Decrypts what {@link #seal} returned for the same context.
	 * @throws IllegalStateException when the ciphertext was altered, moved to another
	 * context or sealed under another key
	 */
	String open(String sealed, String context);

	/** Whether this text is a ciphertext of {@link #seal} rather than a plain value. */
	boolean isSealed(String text);

	/**
	 * An HMAC-SHA256 of a value, in lower-case hexadecimal (64 characters).
	 * @param purpose what the hash is for; hashes for different purposes never match
	 * @param value the value
	 */
	String keyedHash(String purpose, String value);

}
