package org.vigie.identity.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.vigie.DatabaseTest;
import org.vigie.TestClock;
import org.vigie.identity.Role;
import org.vigie.identity.audit.HashChainedAuditTrail;
import org.vigie.identity.keys.TinkServerKeys;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The second factor's secrets at rest: the TOTP secret sealed with the server key and
 * bound to its account, recovery codes under an HMAC, and rows from before the key
 * upgraded.
 */
@DatabaseTest
@Import({ TwoFactor.class, StoredSecretsUpgrade.class, TinkServerKeys.class, HashChainedAuditTrail.class,
		SecondFactorSecretsTests.Time.class })
class SecondFactorSecretsTests {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	@TestConfiguration(proxyBeanMethods = false)
	static class Time {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock(NOW);
		}

	}

	@Autowired
	private TwoFactor twoFactor;

	@Autowired
	private StoredSecretsUpgrade upgrade;

	@Autowired
	private StaffRepository staff;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestClock clock;

	@Autowired
	private TestEntityManager entities;

	@Test
	void keepsTheTotpSecretSealedAndBoundToItsAccount() throws Exception {
		long alice = member("alice@example.org");
		long bob = member("bob@example.org");
		String secret = this.twoFactor.newSecret();
		this.twoFactor.enrol(alice, secret, totp(secret)).orElseThrow();
		this.staff.flush();

		String stored = totpColumn(alice);
		assertThat(stored).startsWith("k1:").doesNotContain(secret);
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(this.twoFactor.verify(alice, totp(secret))).isTrue();

		// A database writer copies Alice's sealed secret to Bob's account: it does not
		// open there.
		this.jdbc.update("update identity_staff set totp_secret = ? where id = ?", stored, bob);
		this.entities.clear();
		this.clock.advance(Duration.ofSeconds(30));
		assertThatThrownBy(() -> this.twoFactor.verify(bob, totp(secret))).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void keepsRecoveryCodesUnderAnHmacOnly() {
		long carol = member("carol@example.org");
		String secret = this.twoFactor.newSecret();
		List<String> codes = this.twoFactor.enrol(carol, secret, totpNow(secret)).orElseThrow();
		this.staff.flush();

		List<String> stored = this.jdbc.queryForList("select code_hash from identity_recovery_code where staff_id = ?",
				String.class, carol);
		assertThat(stored).hasSize(codes.size()).allSatisfy((hash) -> assertThat(hash).startsWith("k1:"));
		String unkeyed = Tokens.hash(codes.get(0).replace("-", ""));
		assertThat(stored).noneMatch((hash) -> hash.contains(unkeyed));
		assertThat(this.twoFactor.verify(carol, codes.get(0).toUpperCase())).isTrue();
		assertThat(this.twoFactor.verify(carol, codes.get(0))).as("single use").isFalse();
	}

	@Test
	void upgradesSecretsStoredBeforeTheKeyExisted() throws Exception {
		long dave = member("dave@example.org");
		String secret = this.twoFactor.newSecret();
		this.staff.flush();
		this.jdbc.update("update identity_staff set totp_secret = ? where id = ?", secret, dave);
		this.jdbc.update("insert into identity_recovery_code (staff_id, code_hash) values (?, ?)", dave,
				Tokens.hash("abcdefghij"));
		this.entities.clear();
		assertThatThrownBy(() -> this.twoFactor.verify(dave, totpNow(secret))).as("a secret in the clear is refused")
			.isInstanceOf(IllegalStateException.class);

		assertThat(this.upgrade.upgrade()).isEqualTo(2);
		this.entities.clear();

		assertThat(totpColumn(dave)).startsWith("k1:");
		assertThat(this.twoFactor.verify(dave, totpNow(secret))).isTrue();
		assertThat(this.twoFactor.verify(dave, "abcde-fghij")).isTrue();
		assertThat(this.upgrade.upgrade()).as("nothing left to upgrade").isZero();
	}

	private long member(String email) {
		return this.staff
			.save(new StaffMember(email, email, "{noop}x", Language.FR, EnumSet.of(Role.ADMINISTRATOR), NOW))
			.getId();
	}

	private String totpColumn(long id) {
		return this.jdbc.queryForObject("select totp_secret from identity_staff where id = ?", String.class, id);
	}

	private String totpNow(String secret) {
		try {
			return totp(secret);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String totp(String secret) throws Exception {
		TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6);
		return generator.generateOneTimePasswordString(
				new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm()), this.clock.instant());
	}

}
