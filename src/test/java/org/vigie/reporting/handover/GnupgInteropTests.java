package org.vigie.reporting.handover;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.openpgp.api.OpenPGPKey;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit that runs GnuPG (2.2 and later, what most police units have) adds its key as
 * {@code gpg --armor --export} gives it, then opens a package with {@code gpg --decrypt},
 * which checks the organisation's signature. Skipped where GnuPG is not installed.
 */
class GnupgInteropTests {

	private static final OpenPGPKey ORGANISATION = OpenPgpProfile.newSigningKey("NGO hand-overs", Instant.now());

	@TempDir
	Path home;

	@BeforeEach
	void gnupgIsInstalled() {
		Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/gpg")), "GnuPG is not installed");
	}

	/** GnuPG 2.2's default: RSA 3072 with an RSA encryption subkey. */
	@Test
	void aUnitWithGnupgsDefaultKeyOpensThePackageAndGnupgReportsAGoodSignature() throws Exception {
		assertGnupgOpensAPackageFor("default");
	}

	@Test
	void aKeyThatOnlySignsIsRefusedAsGnupgMakesIt() throws Exception {
		gpg("--quick-generate-key", "Unit <unit@police.example>", "ed25519", "sign", "never");

		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> UnitKey.read(gpg("--armor", "--export").output(), Instant.now()))
			.isInstanceOfSatisfying(UnitKeyRefused.class,
					(ex) -> assertThat(ex.reason()).isEqualTo(UnitKeyRefused.Reason.CANNOT_ENCRYPT));
	}

	@Test
	void aUnitWithACurve25519KeyOpensThePackageAndGnupgReportsAGoodSignature() throws Exception {
		assertGnupgOpensAPackageFor("future-default");
	}

	private void assertGnupgOpensAPackageFor(String algorithm) throws Exception {
		gpg("--quick-generate-key", "Unit <unit@police.example>", algorithm, "default", "never");
		String unitKey = gpg("--armor", "--export").output();
		Path organisation = this.home.resolve("organisation.asc");
		Files.writeString(organisation, TestKeys.publicPart(ORGANISATION));
		gpg("--import", organisation.toString());
		HandoverPackage pack = HandoverPackager.pack(
				List.of(new HandoverEntry("report.txt", "Seen at the pool".getBytes(StandardCharsets.UTF_8))),
				new HandoverDetails("r-1", Instant.now(), "Unit", "ana@example.org", "bob@example.org"),
				UnitKey.read(unitKey, Instant.now()), ORGANISATION);
		Path file = this.home.resolve(pack.fileName());
		Files.write(file, pack.content());

		Result opened = gpg("--output", this.home.resolve("package.zip").toString(), "--decrypt", file.toString());

		assertThat(opened.errors()).contains("Good signature");
		assertThat(Files.readAllBytes(this.home.resolve("package.zip"))).startsWith(new byte[] { 'P', 'K', 3, 4 });

		Files.write(file, tamper(pack.content()));
		Result tampered = gpg("--output", this.home.resolve("tampered.zip").toString(), "--decrypt", file.toString());
		assertThat(tampered.exitCode()).isNotZero();
	}

	private static byte[] tamper(byte[] content) {
		byte[] tampered = content.clone();
		tampered[tampered.length / 2] ^= 0x01;
		return tampered;
	}

	private Result gpg(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("/usr/bin/gpg", "--homedir", this.home.toString(), "--batch",
				"--yes", "--pinentry-mode", "loopback", "--passphrase", ""));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
		byte[] output = process.getInputStream().readAllBytes();
		byte[] errors = process.getErrorStream().readAllBytes();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8),
				new String(errors, StandardCharsets.UTF_8));
	}

	private record Result(int exitCode, String output, String errors) {
	}

}
