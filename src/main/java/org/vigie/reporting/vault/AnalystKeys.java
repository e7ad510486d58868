package org.vigie.reporting.vault;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.google.crypto.tink.subtle.AesGcmJce;
import org.vigie.identity.KeyDerivation;
import org.vigie.identity.PasswordBoundSecrets;
import org.vigie.identity.StaffIdentity;
import org.vigie.reporting.ReportingPermissions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Analysts' key pairs. The first time an analyst signs in, a pair is made; its private
 * key is stored encrypted under a key derived from their password (Argon2id) and opened
 * into their session's {@link Keyring} at each sign-in. A password change re-wraps it; a
 * reset by email cannot, so the pair and every report key wrapped for it are deleted, and
 * another analyst (or the recovery key) grants the new pair access again.
 */
@Component
public class AnalystKeys implements PasswordBoundSecrets {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final KeyDerivation derivation;

	private final Clock clock;

	AnalystKeys(JdbcClient jdbc, KeyDerivation derivation, Clock clock) {
		this.jdbc = jdbc;
		this.derivation = derivation;
		this.clock = clock;
	}

	/** The public keys of every analyst who has a pair, by staff id. */
	public Map<Long, byte[]> publicKeys() {
		Map<Long, byte[]> keys = new LinkedHashMap<>();
		this.jdbc.sql("select staff_id, public_key from reporting_analyst_key order by staff_id")
			.query((rs, n) -> keys.put(rs.getLong(1), rs.getBytes(2)))
			.list();
		return keys;
	}

	/** An analyst's public key, if they have a pair. */
	public Optional<byte[]> publicKey(long staffId) {
		return this.jdbc.sql("select public_key from reporting_analyst_key where staff_id = ?")
			.param(staffId)
			.query(byte[].class)
			.optional();
	}

	@Override
	@Transactional
	public void passwordProven(StaffIdentity staff, char[] password) {
		if (!staff.can(ReportingPermissions.ANALYSE)
				|| !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
			return;
		}
		try {
			byte[] privateKey = opened(staff.id(), password).orElseGet(() -> create(staff.id(), password));
			new Keyring(staff.id(), privateKey).keepIn(request.getRequest().getSession());
			Arrays.fill(privateKey, (byte) 0);
		}
		catch (KeyDerivation.Busy ex) {
			// The back-office opens without the reports; signing in again opens them.
		}
	}

	@Override
	@Transactional
	public void passwordChanged(long staffId, char[] oldPassword, char[] newPassword) {
		opened(staffId, oldPassword).ifPresent((privateKey) -> {
			byte[] salt = salt();
			this.jdbc.sql("update reporting_analyst_key set salt = ?, wrapped_private_key = ? where staff_id = ?")
				.params(salt, wrap(privateKey, newPassword, salt, staffId), staffId)
				.update();
			Arrays.fill(privateKey, (byte) 0);
		});
	}

	@Override
	@Transactional
	public void passwordReset(long staffId) {
		forget(staffId);
	}

	/**
	 * Deletes an analyst's pair and the report keys wrapped for it: they leave, or their
	 * password was reset.
	 */
	@Transactional
	public void forget(long staffId) {
		this.jdbc.sql("delete from reporting_grant where recipient = ?").param(Recipients.staff(staffId)).update();
		this.jdbc.sql("delete from reporting_analyst_key where staff_id = ?").param(staffId).update();
	}

	private Optional<byte[]> opened(long staffId, char[] password) {
		return this.jdbc.sql("select salt, wrapped_private_key from reporting_analyst_key where staff_id = ?")
			.param(staffId)
			.query((rs, n) -> new byte[][] { rs.getBytes(1), rs.getBytes(2) })
			.optional()
			.flatMap((row) -> {
				byte[] key = derive(password, row[0]);
				try {
					return Optional.of(new AesGcmJce(key).decrypt(row[1], context(staffId)));
				}
				catch (GeneralSecurityException ex) {
					return Optional.empty();
				}
				finally {
					Arrays.fill(key, (byte) 0);
				}
			});
	}

	private byte[] create(long staffId, char[] password) {
		byte[] privateKey = Hpke.newPrivateKey();
		byte[] salt = salt();
		this.jdbc.sql("delete from reporting_analyst_key where staff_id = ?").param(staffId).update();
		this.jdbc
			.sql("insert into reporting_analyst_key (staff_id, public_key, salt, wrapped_private_key, created_at) "
					+ "values (?, ?, ?, ?, ?)")
			.params(staffId, Hpke.publicKey(privateKey), salt, wrap(privateKey, password, salt, staffId),
					java.sql.Timestamp.from(this.clock.instant()))
			.update();
		return privateKey;
	}

	private byte[] wrap(byte[] privateKey, char[] password, byte[] salt, long staffId) {
		byte[] key = derive(password, salt);
		try {
			return new AesGcmJce(key).encrypt(privateKey, context(staffId));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not wrap an analyst's key", ex);
		}
		finally {
			Arrays.fill(key, (byte) 0);
		}
	}

	private byte[] derive(char[] password, byte[] salt) {
		ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
		byte[] bytes = new byte[encoded.remaining()];
		encoded.get(bytes);
		try {
			return this.derivation.argon2id(bytes, salt, WAIT);
		}
		finally {
			Arrays.fill(bytes, (byte) 0);
		}
	}

	private static byte[] salt() {
		byte[] salt = new byte[16];
		RANDOM.nextBytes(salt);
		return salt;
	}

	private static byte[] context(long staffId) {
		return ("vigie-analyst-key:" + staffId).getBytes(StandardCharsets.UTF_8);
	}

}
