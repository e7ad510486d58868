package org.vigie.reporting.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import com.google.crypto.tink.subtle.AesGcmJce;
import org.vigie.identity.KeyDerivation;

import org.springframework.stereotype.Component;

/**
 * Wraps a report's key under a key derived from its receipt's secret with Argon2id, and
 * opens it again when the reporter comes back.
 */
@Component
public class ReceiptKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final KeyDerivation derivation;

	ReceiptKeys(KeyDerivation derivation) {
		this.derivation = derivation;
	}

	/** A report key wrapped for a receipt, with the salt its derivation used. */
	public record Wrapped(byte[] salt, byte[] wrapped) {
	}

	/**
	 * Wraps a report's key for its receipt.
	 * @param wait how long to wait for a turn to derive
	 * @throws KeyDerivation.Busy when no turn came
	 */
	public Wrapped wrap(ReportKey key, Receipt receipt, Duration wait) {
		byte[] salt = new byte[16];
		RANDOM.nextBytes(salt);
		byte[] derived = derive(receipt, salt, wait);
		byte[] raw = key.raw();
		try {
			return new Wrapped(salt, new AesGcmJce(derived).encrypt(raw, context(key.report())));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not wrap a report key", ex);
		}
		finally {
			Arrays.fill(derived, (byte) 0);
			Arrays.fill(raw, (byte) 0);
		}
	}

	/**
	 * Opens a report's key with its receipt.
	 * @return the key, or empty when the receipt's secret is not the right one
	 */
	public Optional<ReportKey> unwrap(UUID report, Wrapped wrapped, Receipt receipt, Duration wait) {
		byte[] derived = derive(receipt, wrapped.salt(), wait);
		try {
			byte[] raw = new AesGcmJce(derived).decrypt(wrapped.wrapped(), context(report));
			ReportKey key = ReportKey.of(report, raw);
			Arrays.fill(raw, (byte) 0);
			return Optional.of(key);
		}
		catch (GeneralSecurityException ex) {
			return Optional.empty();
		}
		finally {
			Arrays.fill(derived, (byte) 0);
		}
	}

	private byte[] derive(Receipt receipt, byte[] salt, Duration wait) {
		byte[] secret = receipt.secret().getBytes(StandardCharsets.US_ASCII);
		try {
			return this.derivation.argon2id(secret, salt, wait);
		}
		finally {
			Arrays.fill(secret, (byte) 0);
		}
	}

	private static byte[] context(UUID report) {
		return ("vigie-receipt:" + report).getBytes(StandardCharsets.UTF_8);
	}

}
