package org.vigie.reporting;

import java.time.Instant;
import java.util.Set;

import javax.sql.DataSource;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.vigie.TestClock;
import org.vigie.identity.KeyDerivation;
import org.vigie.identity.Permission;
import org.vigie.identity.StaffIdentity;
import org.vigie.reporting.vault.AnalystKeys;
import org.vigie.reporting.vault.Keyring;
import org.vigie.site.Language;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the reporting line's persistence tests ({@code @DatabaseTest}, on H2 and
 * PostgreSQL) share: the parts a slice lacks, staff members as the services see them, and
 * an analyst's key ring opened as sign-in opens it.
 */
public final class ReportingDatabase {

	private ReportingDatabase() {
	}

	/** A staff member holding the line's permissions. */
	public static StaffIdentity staff(long id) {
		return new StaffIdentity() {

			@Override
			public long id() {
				return id;
			}

			@Override
			public String email() {
				return "staff" + id + "@example.org";
			}

			@Override
			public String displayName() {
				return "Staff " + id;
			}

			@Override
			public Language language() {
				return Language.EN;
			}

			@Override
			public boolean can(Permission permission) {
				return Set
					.of(ReportingPermissions.ANALYSE, ReportingPermissions.HAND_OVER, ReportingPermissions.CONFIGURE)
					.contains(permission);
			}

		};
	}

	/** The member's key ring, opened (or their key pair made) as at sign-in. */
	public static Keyring openKeys(AnalystKeys analysts, long staffId) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		try {
			analysts.passwordProven(staff(staffId), ReportingFixtures.PASSWORD.toCharArray());
			return Keyring.of(request.getSession()).orElseThrow();
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

	/** The parts a persistence slice lacks. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Parts {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock(Instant.now());
		}

		@Bean
		JdbcClient jdbcClient(DataSource dataSource) {
			return JdbcClient.create(dataSource);
		}

		@Bean
		TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
			return new TransactionTemplate(transactions);
		}

		/** Argon2id as the application derives keys, without its shared budget. */
		@Bean
		KeyDerivation keyDerivation() {
			return (secret, salt, wait) -> {
				Argon2BytesGenerator generator = new Argon2BytesGenerator();
				generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withMemoryAsKB(19 * 1024)
					.withIterations(2)
					.withParallelism(1)
					.withSalt(salt)
					.build());
				byte[] key = new byte[32];
				generator.generateBytes(secret, key);
				return key;
			};
		}

	}

}
