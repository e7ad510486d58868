package org.vigie.identity.keys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The server key store: where its key comes from, and what its cipher and keyed hash
 * promise.
 */
class ServerKeysTests {

	@TempDir
	Path data;

	@Test
	void generatesTheKeyOnceIntoAnOwnerOnlyFile() throws Exception {
		Path file = this.data.resolve("sub/secrets.key");

		TinkServerKeys first = new TinkServerKeys("", file);
		TinkServerKeys second = new TinkServerKeys("", file);

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
		assertThat(second.open(first.seal("JBSWY3DPEHPK3PXP", "staff 1"), "staff 1")).isEqualTo("JBSWY3DPEHPK3PXP");
		assertThat(second.keyedHash("p", "v")).isEqualTo(first.keyedHash("p", "v"));
	}

	@Test
	void prefersTheKeyFromTheEnvironmentAndLeavesTheDataFolderAlone() {
		Path file = this.data.resolve("secrets.key");
		String key = Base64.getEncoder().encodeToString(new byte[32]);

		TinkServerKeys fromEnvironment = new TinkServerKeys(key, file);

		assertThat(file).doesNotExist();
		assertThat(new TinkServerKeys(key, this.data.resolve("other.key")).keyedHash("p", "v"))
			.isEqualTo(fromEnvironment.keyedHash("p", "v"));
		assertThat(new TinkServerKeys("", file).keyedHash("p", "v")).isNotEqualTo(fromEnvironment.keyedHash("p", "v"));
	}

	@Test
	void refusesAShortOrMalformedKey() {
		String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
		assertThatThrownBy(() -> new TinkServerKeys(shortKey, this.data.resolve("k"))).hasMessageContaining("32");
		assertThatThrownBy(() -> new TinkServerKeys("not base64!", this.data.resolve("k")))
			.hasMessageContaining("Base64");
	}

	@Test
	void aSealedSecretOpensOnlyInItsOwnContextAndUnaltered() {
		TinkServerKeys keys = new TinkServerKeys(new byte[32]);
		String sealed = keys.seal("JBSWY3DPEHPK3PXP", "staff 1");

		assertThat(sealed).startsWith("k1:").doesNotContain("JBSWY3DPEHPK3PXP");
		assertThat(keys.seal("JBSWY3DPEHPK3PXP", "staff 1")).as("random nonce").isNotEqualTo(sealed);
		assertThatThrownBy(() -> keys.open(sealed, "staff 2")).isInstanceOf(IllegalStateException.class);
		String altered = sealed.substring(0, 10) + ((sealed.charAt(10) == 'A') ? 'B' : 'A') + sealed.substring(11);
		assertThatThrownBy(() -> keys.open(altered, "staff 1")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new TinkServerKeys(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
				17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32 })
			.open(sealed, "staff 1")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void keyedHashesDependOnTheKeyAndThePurpose() {
		TinkServerKeys keys = new TinkServerKeys(new byte[32]);
		byte[] other = new byte[32];
		other[0] = 1;

		assertThat(keys.keyedHash("audit", "x")).hasSize(64).isEqualTo(keys.keyedHash("audit", "x"));
		assertThat(keys.keyedHash("audit", "x")).isNotEqualTo(keys.keyedHash("recovery", "x"));
		assertThat(keys.keyedHash("audit", "x")).isNotEqualTo(new TinkServerKeys(other).keyedHash("audit", "x"));
	}

}
