package org.vigie.identity.web;

import java.time.Duration;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.vigie.identity.KeyDerivation;

/**
 * Argon2id key derivation (Bouncy Castle) within the {@link HashingBudget} that password
 * hashing uses too.
 */
final class BoundedKeyDerivation implements KeyDerivation {

	private final HashingBudget budget;

	BoundedKeyDerivation(HashingBudget budget) {
		this.budget = budget;
	}

	@Override
	public byte[] argon2id(byte[] secret, byte[] salt, Duration wait) {
		if (salt.length < 16) {
			throw new IllegalArgumentException("A salt has at least 16 bytes");
		}
		if (!this.budget.acquire(wait)) {
			throw new Busy();
		}
		try {
			Argon2BytesGenerator generator = new Argon2BytesGenerator();
			generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
				.withVersion(Argon2Parameters.ARGON2_VERSION_13)
				.withMemoryAsKB(PasswordHashing.MEMORY_KIB)
				.withIterations(PasswordHashing.ITERATIONS)
				.withParallelism(PasswordHashing.PARALLELISM)
				.withSalt(salt)
				.build());
			byte[] key = new byte[32];
			generator.generateBytes(secret, key);
			return key;
		}
		finally {
			this.budget.release();
		}
	}

}
