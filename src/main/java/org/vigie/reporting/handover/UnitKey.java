package org.vigie.reporting.handover;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.openpgp.api.OpenPGPCertificate;
import org.bouncycastle.openpgp.api.OpenPGPCertificate.OpenPGPComponentKey;
import org.vigie.reporting.handover.UnitKeyRefused.Reason;

/**
 * A police unit's OpenPGP public key (RFC 9580 or 4880), checked: one ASCII-armoured
 * certificate, no secret part, neither revoked nor expired, with a part that may encrypt
 * now.
 *
 * @param certificate the parsed certificate
 * @param armoured the certificate as the unit sent it, ASCII-armoured
 */
public record UnitKey(OpenPGPCertificate certificate, String armoured) {

	/** More than any real public key needs, even one carrying many certifications. */
	public static final int MAX_CHARS = 64 * 1024;

	/** How far ahead of ours a unit's clock may run when it made its key. */
	static final Duration CLOCK_SKEW = Duration.ofHours(24);

	private static final String PUBLIC_BLOCK = "-----BEGIN PGP PUBLIC KEY BLOCK-----";

	/**
	 * Reads and checks a unit's key.
	 * @param armoured the ASCII-armoured public key, as pasted or uploaded
	 * @param now the time at which the key must be usable
	 * @throws UnitKeyRefused when the key cannot receive a package, and why
	 */
	public static UnitKey read(String armoured, Instant now) {
		if (armoured == null || armoured.isBlank()) {
			throw new UnitKeyRefused(Reason.EMPTY);
		}
		if (armoured.length() > MAX_CHARS) {
			throw new UnitKeyRefused(Reason.TOO_LARGE);
		}
		if (armoured.contains("PRIVATE KEY BLOCK")) {
			throw new UnitKeyRefused(Reason.SECRET);
		}
		if (!armoured.contains(PUBLIC_BLOCK)) {
			throw new UnitKeyRefused(Reason.MALFORMED);
		}
		OpenPGPCertificate certificate = parse(armoured);
		check(certificate, judgedAt(certificate, now));
		return new UnitKey(certificate, armoured.strip() + "\n");
	}

	/** The fingerprint, in upper-case hexadecimal without spaces. */
	public String fingerprint() {
		return HexFormat.of().withUpperCase().formatHex(this.certificate.getFingerprint());
	}

	/**
	 * The fingerprint in groups of four characters, as OpenPGP tools print it and as it
	 * is read out over the phone to the unit.
	 */
	public static String spaced(String fingerprint) {
		return fingerprint.replaceAll("(.{4})(?!$)", "$1 ");
	}

	private static OpenPGPCertificate parse(String armoured) {
		List<OpenPGPCertificate> certificates;
		try {
			certificates = OpenPgpProfile.API.readKeyOrCertificate().parseKeysOrCertificates(armoured);
		}
		catch (IOException | RuntimeException ex) {
			// Hostile or damaged input makes the parser fail in many ways; all mean the
			// same.
			throw new UnitKeyRefused(Reason.MALFORMED);
		}
		if (certificates.isEmpty()) {
			throw new UnitKeyRefused(Reason.MALFORMED);
		}
		if (certificates.size() > 1) {
			throw new UnitKeyRefused(Reason.SEVERAL);
		}
		if (certificates.get(0).isSecretKey()) {
			throw new UnitKeyRefused(Reason.SECRET);
		}
		return certificates.get(0);
	}

	/**
	 * Now, or the key's last change when that is later by less than {@link #CLOCK_SKEW}:
	 * a key made moments ago on a machine whose clock runs ahead of ours is judged as it
	 * stands, not refused as not yet valid.
	 */
	private static Date judgedAt(OpenPGPCertificate certificate, Instant now) {
		Date changed = certificate.getLastModificationDate();
		boolean aheadOfUs = changed != null && changed.toInstant().isAfter(now)
				&& changed.toInstant().isBefore(now.plus(CLOCK_SKEW));
		return aheadOfUs ? changed : Date.from(now);
	}

	private static void check(OpenPGPCertificate certificate, Date now) {
		if (certificate.getRevocation(now) != null) {
			throw new UnitKeyRefused(Reason.REVOKED);
		}
		if (!certificate.getEncryptionKeys(now).isEmpty()) {
			return;
		}
		List<OpenPGPComponentKey> everEncrypting = certificate.getKeys()
			.stream()
			.filter((key) -> key.getLatestSelfSignature() != null
					&& key.isEncryptionKey(key.getLatestSelfSignature().getCreationTime()))
			.toList();
		if (everEncrypting.isEmpty()) {
			throw new UnitKeyRefused(Reason.CANNOT_ENCRYPT);
		}
		if (everEncrypting.stream().allMatch((key) -> key.getRevocation(now) != null)) {
			throw new UnitKeyRefused(Reason.REVOKED);
		}
		throw new UnitKeyRefused(Reason.EXPIRED);
	}

}
