package org.vigie.identity.staff;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.ServerKeys;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second sign-in factor: time-based one-time passwords (RFC 6238, 30-second steps,
 * six digits, as authenticator apps expect) and single-use recovery codes. The TOTP
 * secret is stored encrypted under the server key, bound to its account; recovery codes
 * under an HMAC with the server key ({@link StoredSecrets}).
 */
@Component
public class TwoFactor {

	static final int RECOVERY_CODES = 10;

	private static final Duration STEP = Duration.ofSeconds(30);

	private final StaffRepository staff;

	private final RecoveryCodeRepository recoveryCodes;

	private final AuditTrail audit;

	private final Clock clock;

	private final StoredSecrets stored;

	private final SecureRandom random = new SecureRandom();

	TwoFactor(StaffRepository staff, RecoveryCodeRepository recoveryCodes, AuditTrail audit, Clock clock,
			ServerKeys keys) {
		this.staff = staff;
		this.recoveryCodes = recoveryCodes;
		this.audit = audit;
		this.clock = clock;
		this.stored = new StoredSecrets(keys);
	}

	@Transactional(readOnly = true)
	public boolean isEnrolled(long staffId) {
		return this.staff.findById(staffId).map(StaffMember::hasSecondFactor).orElse(false);
	}

	/** A new random secret, in the Base32 form authenticator apps read. */
	public String newSecret() {
		byte[] secret = new byte[20];
		this.random.nextBytes(secret);
		return new Base32().encodeToString(secret).replace("=", "");
	}

	/** The address an authenticator app reads from the enrolment QR code. */
	public static String otpauthUri(String issuer, String email, String secret) {
		String label = (issuer + ":" + email).replace(" ", "%20");
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + issuer.replace(" ", "%20")
				+ "&algorithm=SHA1&digits=6&period=30";
	}

	/**
	 * Enrols the staff member if {@code code} proves their app holds {@code secret};
	 * returns the recovery codes to show them once, or empty when the code is wrong.
	 */
	@Transactional
	public Optional<List<String>> enrol(long staffId, String secret, String code) {
		StaffMember member = this.staff.findById(staffId).orElseThrow();
		if (!matchingStep(secret, code).map(member::useTimeStep).orElse(false)) {
			return Optional.empty();
		}
		member.enrolSecondFactor(this.stored.sealTotp(staffId, secret));
		this.recoveryCodes.deleteByStaffId(staffId);
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String recovery = newRecoveryCode();
			codes.add(recovery);
			this.recoveryCodes.save(new RecoveryCode(staffId, this.stored.recoveryCodeHash(recovery)));
		}
		this.audit.record(AuditAction.SECOND_FACTOR_ENROLLED, member.getEmail(), null, null);
		return Optional.of(codes);
	}

	/** Checks a code from the app, or an unused recovery code, at sign-in. */
	@Transactional
	public boolean verify(long staffId, String input) {
		StaffMember member = this.staff.findById(staffId).orElseThrow();
		String code = (input != null) ? input.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT) : "";
		if (code.matches("[0-9]{6}")) {
			return matchingStep(this.stored.openTotp(staffId, member.totpSecret()), code).map(member::useTimeStep)
				.orElse(false);
		}
		if (code.matches("[a-z2-7]{10}")) {
			Optional<RecoveryCode> recovery = this.recoveryCodes
				.findByStaffIdAndCodeHash(staffId, this.stored.recoveryCodeHash(code))
				.filter((candidate) -> !candidate.isUsed());
			recovery.ifPresent((used) -> {
				used.use(this.clock.instant());
				this.audit.record(AuditAction.RECOVERY_CODE_USED, member.getEmail(), null, null);
			});
			return recovery.isPresent();
		}
		return false;
	}

	/** The time step the code belongs to, allowing one step of clock drift either way. */
	private Optional<Long> matchingStep(String secret, String code) {
		if (secret == null || code == null || !code.strip().matches("[0-9]{6}")) {
			return Optional.empty();
		}
		try {
			TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(STEP, 6);
			SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm());
			Instant now = this.clock.instant();
			for (int drift = -1; drift <= 1; drift++) {
				Instant at = now.plus(STEP.multipliedBy(drift));
				if (MessageDigest.isEqual(
						totp.generateOneTimePasswordString(key, at).getBytes(StandardCharsets.US_ASCII),
						code.strip().getBytes(StandardCharsets.US_ASCII))) {
					return Optional.of(at.getEpochSecond() / STEP.getSeconds());
				}
			}
			return Optional.empty();
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("A stored second-factor secret is unusable", ex);
		}
	}

	private String newRecoveryCode() {
		byte[] bytes = new byte[10];
		this.random.nextBytes(bytes);
		String code = new Base32().encodeToString(bytes).toLowerCase(Locale.ROOT).substring(0, 10);
		return code.substring(0, 5) + "-" + code.substring(5);
	}

}
