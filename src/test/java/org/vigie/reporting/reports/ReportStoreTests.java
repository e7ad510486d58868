package org.vigie.reporting.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;
import org.vigie.DatabaseTest;
import org.vigie.TestClock;
import org.vigie.identity.KeyDerivation;
import org.vigie.identity.Permission;
import org.vigie.identity.StaffIdentity;
import org.vigie.identity.audit.HashChainedAuditTrail;
import org.vigie.identity.keys.TinkServerKeys;
import org.vigie.reporting.ReportingFixtures;
import org.vigie.reporting.ReportingPermissions;
import org.vigie.reporting.vault.AnalystKeys;
import org.vigie.reporting.vault.Keyring;
import org.vigie.reporting.vault.ReceiptKeys;
import org.vigie.reporting.vault.RecoveryKey;
import org.vigie.reporting.vault.ReportKey;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports' SQL on each database (H2, and PostgreSQL in its run): a report's whole
 * life, from submission to shredding, and the annual figures' clear columns.
 */
@DatabaseTest
@Import({ Reports.class, AnalystKeys.class, RecoveryKey.class, ReceiptKeys.class, TinkServerKeys.class,
		HashChainedAuditTrail.class, ReportStoreTests.Parts.class })
class ReportStoreTests {

	@Autowired
	private Reports reports;

	@Autowired
	private RecoveryKey recovery;

	@Autowired
	private AnalystKeys analysts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@Test
	void aReportsLifeFromSubmissionToShredding() {
		String printed = this.recovery.create();
		Keyring keyring = openKeys(41);
		Reports.Submitted submitted = this.reports.submit(ReportingFixtures.report("life"), List.of());
		UUID id = submitted.id();
		StaffIdentity analyst = analyst(41);

		ReportKey key = this.reports.key(id, keyring).orElseThrow();
		assertThat(this.reports.read(key, analyst).content().city()).isEqualTo("city life");
		this.reports.analystWrites(key, analyst, "Thank you, we are looking into it.");
		this.reports.assign(id, 41L, analyst);
		this.reports.changeStatus(id, Status.ASSESSING, null, analyst);
		this.clock.advance(Duration.ofDays(1));
		this.reports.changeStatus(id, Status.CLOSED, Outcome.REFERRED_ELSEWHERE, analyst);

		ReportSummary summary = this.reports.summary(id).orElseThrow();
		assertThat(summary.status()).isEqualTo(Status.CLOSED);
		assertThat(summary.outcome()).isEqualTo(Outcome.REFERRED_ELSEWHERE);
		assertThat(summary.assignedTo()).isEqualTo(41L);
		assertThat(summary.deadlines().triaged()).isNotNull();
		assertThat(summary.deadlines().acknowledged()).isNotNull();
		assertThat(summary.deadlines().fedBack()).isNotNull();
		assertThat(summary.deadlines().overdue(this.clock.instant().plus(Duration.ofDays(400)))).isFalse();
		assertThat(this.reports.all()).extracting(ReportSummary::id).contains(id);

		String receipt = submitted.receipt().orElseThrow().display();
		for (int i = 0; i < Reports.RECEIPT_TRIES; i++) {
			this.reports.openWithReceipt(receipt.substring(0, 5) + "0000-0000-0000-0000");
		}
		assertThat(this.reports.openWithReceipt(receipt).result()).isEqualTo(Reports.ReceiptResult.LOCKED);
		this.reports.unlockReceipt(id, analyst);
		Reports.ReceiptAnswer answer = this.reports.openWithReceipt(receipt);
		assertThat(answer.result()).isEqualTo(Reports.ReceiptResult.OPENED);
		assertThat(this.reports.reporterView(answer.key().orElseThrow()).history())
			.extracting(Reports.StatusStep::status)
			.containsExactly(Status.RECEIVED, Status.ASSESSING, Status.CLOSED);

		Keyring newcomer = openKeys(42);
		assertThat(this.reports.grantAll(this.recovery.open(printed), 42, analyst)).isEqualTo(1);
		assertThat(this.reports.key(id, newcomer)).isPresent();

		this.reports.shred(id, "test");
		for (String table : List.of("reporting_report", "reporting_grant", "reporting_message",
				"reporting_status_change", "reporting_attachment")) {
			String column = table.equals("reporting_report") ? "id" : "report_id";
			assertThat(this.jdbc.sql("select count(*) from " + table + " where " + column + " = ?")
				.param(id)
				.query(Integer.class)
				.single()).as(table).isZero();
		}
	}

	private Keyring openKeys(long staffId) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		try {
			this.analysts.passwordProven(analyst(staffId), ReportingFixtures.PASSWORD.toCharArray());
			return Keyring.of(request.getSession()).orElseThrow();
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

	private static StaffIdentity analyst(long id) {
		return new StaffIdentity() {

			@Override
			public long id() {
				return id;
			}

			@Override
			public String email() {
				return "analyst" + id + "@example.org";
			}

			@Override
			public String displayName() {
				return "Analyst " + id;
			}

			@Override
			public Language language() {
				return Language.EN;
			}

			@Override
			public boolean can(Permission permission) {
				return Set.of(ReportingPermissions.ANALYSE, ReportingPermissions.HAND_OVER).contains(permission);
			}

		};
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Parts {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock(Instant.parse("2026-12-05T10:00:00Z"));
		}

		@Bean
		JdbcClient jdbcClient(DataSource dataSource) {
			return JdbcClient.create(dataSource);
		}

		@Bean
		org.springframework.transaction.support.TransactionTemplate transactionTemplate(
				org.springframework.transaction.PlatformTransactionManager transactions) {
			return new org.springframework.transaction.support.TransactionTemplate(transactions);
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
