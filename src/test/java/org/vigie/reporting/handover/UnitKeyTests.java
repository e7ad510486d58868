package org.vigie.reporting.handover;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.vigie.reporting.handover.UnitKeyRefused.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A police unit's key is taken only when packages can be encrypted to it now: one public
 * key, ASCII-armoured, that may encrypt, neither expired nor revoked.
 */
class UnitKeyTests {

	@Test
	void takesAUnitsPublicKeyAndGivesItsFingerprint() {
		var pair = TestKeys.unit("Unit A");

		UnitKey key = UnitKey.read(TestKeys.publicPart(pair), Instant.now());

		assertThat(key.fingerprint()).hasSize(40).matches("[0-9A-F]+");
		assertThat(UnitKey.spaced(key.fingerprint())).isEqualTo(pair.getPrettyFingerprint().replace("  ", " "));
	}

	@Test
	void takesAKeyMadeOnAClockSlightlyAheadOfOurs() {
		String key = TestKeys.publicPart(TestKeys.unit("Unit A"));

		assertThat(UnitKey.read(key, Instant.now().minusSeconds(300)).fingerprint()).hasSize(40);
		assertThatThrownBy(() -> UnitKey.read(key, Instant.now().minus(java.time.Duration.ofDays(2))))
			.as("made two days in our future")
			.isInstanceOf(UnitKeyRefused.class);
	}

	@Test
	void takesTheNewerKeyFormatToo() {
		UnitKey key = UnitKey.read(TestKeys.publicPart(TestKeys.modernUnit("Unit B")), Instant.now());

		assertThat(key.fingerprint()).hasSize(64);
	}

	@Test
	void refusesEmptyMalformedAndOversizedInput() {
		String good = TestKeys.publicPart(TestKeys.unit("Unit A"));

		assertRefused("  ", Reason.EMPTY);
		assertRefused(null, Reason.EMPTY);
		assertRefused("hello", Reason.MALFORMED);
		assertRefused("<script>alert(1)</script>", Reason.MALFORMED);
		assertRefused("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n!!!!\n-----END PGP PUBLIC KEY BLOCK-----\n",
				Reason.MALFORMED);
		assertRefused(good.replace(good.substring(200, 260), "A".repeat(60)), Reason.MALFORMED);
		assertRefused(good.substring(0, good.length() / 2), Reason.MALFORMED);
		assertRefused(good + "\n".repeat(UnitKey.MAX_CHARS), Reason.TOO_LARGE);
	}

	@Test
	void refusesSecretKeys() throws Exception {
		assertRefused(TestKeys.unit("Unit A").toAsciiArmoredString(), Reason.SECRET);
	}

	@Test
	void refusesSeveralKeysAtOnce() {
		assertRefused(TestKeys.publicPart(TestKeys.unit("A")) + TestKeys.publicPart(TestKeys.unit("B")),
				Reason.SEVERAL);
	}

	@Test
	void refusesKeysThatCannotEncrypt() throws Exception {
		assertRefused(TestKeys.publicPart(TestKeys.signOnly("Signer")), Reason.CANNOT_ENCRYPT);
	}

	@Test
	void refusesExpiredKeys() throws Exception {
		assertRefused(TestKeys.publicPart(TestKeys.expired("Old unit")), Reason.EXPIRED);
	}

	@Test
	void refusesRevokedKeys() throws Exception {
		assertRefused(TestKeys.publicPart(TestKeys.revoked("Gone unit")), Reason.REVOKED);
	}

	private static void assertRefused(String text, Reason reason) {
		assertThatThrownBy(() -> UnitKey.read(text, Instant.now())).isInstanceOfSatisfying(UnitKeyRefused.class,
				(ex) -> assertThat(ex.reason()).isEqualTo(reason));
	}

}
