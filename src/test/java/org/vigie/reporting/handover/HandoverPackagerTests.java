package org.vigie.reporting.handover;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.bouncycastle.openpgp.api.OpenPGPKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A package opens only with the receiving unit's key, carries the organisation's valid
 * signature, lists each file with its SHA-256, and any change to it is detected.
 */
class HandoverPackagerTests {

	private static final OpenPGPKey ORGANISATION = OpenPgpProfile.newSigningKey("NGO hand-overs", Instant.now());

	private static final Instant NOW = Instant.parse("2026-12-05T10:15:30Z");

	private final OpenPGPKey unitA = TestKeys.unit("Unit A");

	@Test
	void theUnitOpensThePackageAndFindsEachFileAsTheManifestStatesIt() throws Exception {
		HandoverPackage pack = pack(this.unitA);

		OpenedPackage opened = OpenedPackage.open(pack.content(), this.unitA, organisationPublicKey());

		assertThat(opened.signedByOrganisation()).isTrue();
		assertThat(opened.files()).containsOnlyKeys("manifest.json", "report.txt", "photo-1.jpg");
		assertThat(new String(opened.files().get("report.txt"), StandardCharsets.UTF_8)).isEqualTo("What: seen");
		assertThat(opened.manifestMatches()).isTrue();
		assertThat(opened.manifest().get("report").asString()).isEqualTo("3f0c2a9e-7d1b-4c55-9a41-2b1e0d5f6a77");
		assertThat(opened.manifest().get("createdAt").asString()).isEqualTo("2026-12-05T10:15:30Z");
		assertThat(opened.manifest().get("unit").get("name").asString()).isEqualTo("Unit A");
		assertThat(opened.manifest().get("preparedBy").asString()).isEqualTo("ana@example.org");
		assertThat(opened.manifest().get("approvedBy").asString()).isEqualTo("bob@example.org");
		assertThat(pack.sha256()).isEqualTo(HandoverPackager.sha256(pack.content()));
		assertThat(pack.fileName()).isEqualTo("handover-3f0c2a9e-7d1b-4c55-9a41-2b1e0d5f6a77-20261205-101530.zip.pgp");
	}

	@Test
	void theNewerKeyFormatReceivesPackagesToo() throws Exception {
		OpenPGPKey modern = TestKeys.modernUnit("Unit M");

		OpenedPackage opened = OpenedPackage.open(pack(modern).content(), modern, organisationPublicKey());

		assertThat(opened.signedByOrganisation()).isTrue();
		assertThat(opened.manifestMatches()).isTrue();
	}

	@Test
	void aPackageForOneUnitDoesNotOpenWithAnotherUnitsKey() {
		byte[] forA = pack(this.unitA).content();

		assertThatThrownBy(() -> OpenedPackage.open(forA, TestKeys.unit("Unit B"), organisationPublicKey()))
			.isInstanceOf(Exception.class);
	}

	@Test
	void aChangedPackageFailsToOpen() {
		byte[] original = pack(this.unitA).content();
		for (int position : new int[] { original.length / 3, original.length / 2, original.length - 40 }) {
			byte[] tampered = original.clone();
			tampered[position] ^= 0x01;
			assertThatThrownBy(() -> OpenedPackage.open(tampered, this.unitA, organisationPublicKey()))
				.as("byte %d changed", position)
				.isInstanceOf(Exception.class);
		}
	}

	@Test
	void aSignatureIsOnlyTakenFromTheOrganisationsKey() throws Exception {
		String someoneElse = TestKeys.publicPart(OpenPgpProfile.newSigningKey("Impostor", Instant.now()));

		OpenedPackage opened = OpenedPackage.open(pack(this.unitA).content(), this.unitA, someoneElse);

		assertThat(opened.signedByOrganisation()).isFalse();
	}

	@Test
	void refusesFileNamesThatCouldEscapeOrHideTheManifest() {
		for (String name : List.of("../x", "a/b", "manifest.json", ".hidden", "", "a..b")) {
			assertThatThrownBy(() -> new HandoverEntry(name, new byte[0])).as(name)
				.isInstanceOf(IllegalArgumentException.class);
		}
		assertThatThrownBy(() -> HandoverPackager.pack(
				List.of(new HandoverEntry("a.txt", new byte[1]), new HandoverEntry("a.txt", new byte[2])), details(),
				UnitKey.read(TestKeys.publicPart(this.unitA), Instant.now()), ORGANISATION))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private HandoverPackage pack(OpenPGPKey unit) {
		List<HandoverEntry> entries = List.of(
				new HandoverEntry("report.txt", "What: seen".getBytes(StandardCharsets.UTF_8)),
				new HandoverEntry("photo-1.jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, 1, 2, 3 }));
		return HandoverPackager.pack(entries, details(), UnitKey.read(TestKeys.publicPart(unit), Instant.now()),
				ORGANISATION);
	}

	private static HandoverDetails details() {
		return new HandoverDetails("3f0c2a9e-7d1b-4c55-9a41-2b1e0d5f6a77", NOW, "Unit A", "ana@example.org",
				"bob@example.org");
	}

	private static String organisationPublicKey() {
		return TestKeys.publicPart(ORGANISATION);
	}

}
