package org.vigie.identity;

import java.time.Duration;

/**
 * Derives a key from a secret a person holds (a password, a receipt) with Argon2id, at
 * OWASP's minimum cost (19 MiB, two passes, one lane). Derivations share one budget with
 * password hashing, so the memory they take together stays bounded however many requests
 * arrive at once: a derivation waits for its turn, at most the given time.
 */
public interface KeyDerivation {

	/**
	 * A 32-byte key derived from the secret and the salt.
	 * @param secret the secret, as bytes (UTF-8 for text)
	 * @param salt at least 16 random bytes, stored beside what the key protects
	 * @param wait how long to wait for a turn
	 * @return the key
	 * @throws Busy when no turn came within the wait
	 */
	byte[] argon2id(byte[] secret, byte[] salt, Duration wait);

	/** No derivation could start within the wait: the server is busy, try again. */
	class Busy extends RuntimeException {

		public Busy() {
			super("Too many keys are being derived at once");
		}

	}

}
