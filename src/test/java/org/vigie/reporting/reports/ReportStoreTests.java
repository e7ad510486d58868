package org.vigie.reporting.reports;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigie.DatabaseTest;
import org.vigie.TestClock;
import org.vigie.identity.StaffIdentity;
import org.vigie.identity.audit.HashChainedAuditTrail;
import org.vigie.identity.keys.TinkServerKeys;
import org.vigie.reporting.ReportingFixtures;
import org.vigie.reporting.ReportingDatabase;
import org.vigie.reporting.vault.AnalystKeys;
import org.vigie.reporting.vault.Keyring;
import org.vigie.reporting.vault.ReceiptKeys;
import org.vigie.reporting.vault.RecoveryKey;
import org.vigie.reporting.vault.ReportKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.vigie.reporting.ReportingDatabase.openKeys;
import static org.vigie.reporting.ReportingDatabase.staff;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports' SQL on each database (H2, and PostgreSQL in its run): a report's whole
 * life, from submission to shredding, and the annual figures' clear columns.
 */
@DatabaseTest
@Import({ Reports.class, AnalystKeys.class, RecoveryKey.class, ReceiptKeys.class, TinkServerKeys.class,
		HashChainedAuditTrail.class, ReportingDatabase.Parts.class })
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
		Keyring keyring = openKeys(this.analysts, 41);
		Reports.Submitted submitted = this.reports.submit(ReportingFixtures.report("life"), List.of());
		UUID id = submitted.id();
		StaffIdentity analyst = staff(41);

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

		Keyring newcomer = openKeys(this.analysts, 42);
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

}
