package org.vigie.reporting.vault;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.codec.binary.Base32;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's recovery key: every report key is wrapped for it too, so that the
 * reports stay readable when the last analyst who could read them forgets their password
 * or leaves. Its private key is shown once, when it is made, to be printed and kept
 * offline; the server keeps only the public key. Typed back, it lets an administrator
 * grant a new analyst access to every report.
 * <p>
 * Printed form: the 32-byte private key and a 2-byte check (from SHA-256), in base32 (RFC
 * 4648), in groups of five: typing mistakes are told apart from a wrong key.
 */
@Component
public class RecoveryKey {

	private final JdbcClient jdbc;

	private final Clock clock;

	RecoveryKey(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The recovery key's public key, once it was made. */
	public Optional<byte[]> publicKey() {
		return this.jdbc.sql("select public_key from reporting_recovery_key where id = 1")
			.query(byte[].class)
			.optional();
	}

	/** Whether the key was made: the line takes reports only then. */
	public boolean exists() {
		return publicKey().isPresent();
	}

	/**
	 * Makes the recovery key.
	 * @return its printed form, to show once and never again
	 * @throws IllegalStateException when it was made already
	 */
	@Transactional
	public String create() {
		if (exists()) {
			throw new IllegalStateException("The recovery key was made already");
		}
		byte[] privateKey = Hpke.newPrivateKey();
		this.jdbc.sql("insert into reporting_recovery_key (id, public_key, created_at) values (1, ?, ?)")
			.params(Hpke.publicKey(privateKey), java.sql.Timestamp.from(this.clock.instant()))
			.update();
		String printed = print(privateKey);
		Arrays.fill(privateKey, (byte) 0);
		return printed;
	}

	/**
	 * Opens the recovery key from its printed form, for one operation.
	 * @throws WrongRecoveryKey when it is mistyped or not this organisation's key
	 */
	public Keyring open(String typed) {
		byte[] privateKey = parse(typed).orElseThrow(() -> new WrongRecoveryKey(true));
		byte[] expected = publicKey().orElseThrow(() -> new WrongRecoveryKey(false));
		if (!MessageDigest.isEqual(expected, Hpke.publicKey(privateKey))) {
			throw new WrongRecoveryKey(false);
		}
		return new Keyring(Keyring.RECOVERY, privateKey);
	}

	static String print(byte[] privateKey) {
		byte[] withCheck = Arrays.copyOf(privateKey, 34);
		byte[] check = sha256(privateKey);
		withCheck[32] = check[0];
		withCheck[33] = check[1];
		String text = new Base32().encodeAsString(withCheck).replace("=", "");
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < text.length(); i += 5) {
			if (i > 0) {
				grouped.append(i % 30 == 0 ? "\n" : " ");
			}
			grouped.append(text, i, Math.min(text.length(), i + 5));
		}
		return grouped.toString();
	}

	static Optional<byte[]> parse(String typed) {
		if (typed == null || typed.length() > 200) {
			return Optional.empty();
		}
		String text = typed.toUpperCase(Locale.ROOT)
			.replaceAll("[\\s-]", "")
			.replace('0', 'O')
			.replace('1', 'I')
			.replace('8', 'B');
		if (!text.matches("[A-Z2-7]{55}")) {
			return Optional.empty();
		}
		byte[] decoded = new Base32().decode(text);
		if (decoded.length != 34) {
			return Optional.empty();
		}
		byte[] privateKey = Arrays.copyOf(decoded, 32);
		byte[] check = sha256(privateKey);
		return (check[0] == decoded[32] && check[1] == decoded[33]) ? Optional.of(privateKey) : Optional.empty();
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The typed recovery key does not open: mistyped, or another key. */
	public static class WrongRecoveryKey extends RuntimeException {

		private final boolean mistyped;

		WrongRecoveryKey(boolean mistyped) {
			super(mistyped ? "The recovery key is mistyped" : "This is not the organisation's recovery key");
			this.mistyped = mistyped;
		}

		/** Whether it was mistyped (a wrong check), rather than another key. */
		public boolean mistyped() {
			return this.mistyped;
		}

	}

}
