package org.vigie.reporting.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;

/**
 * The key of one report: AES-256-GCM (Tink), which encrypts its content, messages and
 * files, each bound to the report and to what it is ({@code content}, a message's id…),
 * so that no ciphertext can be moved to another report or place.
 */
public final class ReportKey {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UUID report;

	private final byte[] key;

	private final Aead aead;

	private ReportKey(UUID report, byte[] key) {
		this.report = report;
		this.key = key.clone();
		try {
			this.aead = new AesGcmJce(this.key);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("Not a report key", ex);
		}
	}

	/** A new random key for a new report. */
	public static ReportKey generate(UUID report) {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return new ReportKey(report, key);
	}

	/** The key of a report, unwrapped by one of its recipients. */
	static ReportKey of(UUID report, byte[] key) {
		return new ReportKey(report, key);
	}

	/** The report this key opens. */
	public UUID report() {
		return this.report;
	}

	/** Encrypts a part of the report, bound to what it is. */
	public byte[] seal(byte[] plaintext, String part) {
		try {
			return this.aead.encrypt(plaintext, associated(part));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	/** Encrypts text. */
	public byte[] sealText(String text, String part) {
		return seal(text.getBytes(StandardCharsets.UTF_8), part);
	}

	/**
	 * Decrypts a part of the report.
	 * @throws IllegalStateException when it was altered or belongs elsewhere
	 */
	public byte[] open(byte[] ciphertext, String part) {
		try {
			return this.aead.decrypt(ciphertext, associated(part));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A part of report could not be decrypted: " + part, ex);
		}
	}

	/** Decrypts text. */
	public String openText(byte[] ciphertext, String part) {
		return new String(open(ciphertext, part), StandardCharsets.UTF_8);
	}

	/** The key wrapped for an HPKE public key (an analyst's, the recovery key). */
	public byte[] wrapFor(byte[] publicKey) {
		return Hpke.seal(publicKey, this.key, wrapContext(this.report));
	}

	/** The raw key, for wrapping under a receipt's derived key. */
	byte[] raw() {
		return this.key.clone();
	}

	/**
	 * Forgets the key's bytes (the cipher object may still hold a copy until collected).
	 */
	public void destroy() {
		Arrays.fill(this.key, (byte) 0);
	}

	static byte[] wrapContext(UUID report) {
		return ("vigie-report-key:" + report).getBytes(StandardCharsets.UTF_8);
	}

	private byte[] associated(String part) {
		return ("vigie-report:" + this.report + ":" + part).getBytes(StandardCharsets.UTF_8);
	}

}
