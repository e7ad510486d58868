package org.vigie.reporting.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.TestClock;
import org.vigie.identity.StaffIdentity;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.media.TestImages;
import org.vigie.reporting.ReportingFixtures;
import org.vigie.reporting.ReportingTest;
import org.vigie.reporting.reports.ImageCleaner;
import org.vigie.reporting.reports.Outcome;
import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.reports.Reports.ReceiptResult;
import org.vigie.reporting.reports.Status;
import org.vigie.reporting.vault.Keyring;
import org.vigie.reporting.vault.RecoveryKey;
import org.vigie.reporting.vault.ReportKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention: closed reports go once their outcome's period is over, keys first; open
 * reports stay; a shredding cut short leaves a report nobody can read, which the next run
 * finishes; nothing of a shredded report is left in the line's tables.
 */
@ReportingTest
class ReportRetentionTests {

	@Autowired
	private Reports reports;

	@Autowired
	private ReportRetention retention;

	@Autowired
	private RecoveryKey recovery;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	private Keyring recoveryKeyring;

	private StaffIdentity analyst;

	private Instant before;

	@BeforeEach
	void lineIsOpen() {
		this.before = this.clock.instant();
		this.recoveryKeyring = this.recovery.open(ReportingFixtures.recoveryKey(this.recovery));
		this.analyst = this.accounts.withPermissions(ReportingFixtures.analyst(this.accounts, "Keeper").getId());
	}

	/**
	 * Puts the shared clock back: keys and certificates other tests make must not be
	 * dated years ahead of the real time their libraries check them against.
	 */
	@AfterEach
	void clockBack() {
		this.clock.set(this.before);
	}

	@Test
	void closedReportsGoAfterTheirOutcomesPeriodWhileOpenOnesStay() {
		UUID outsideScope = closed("r-scope", Outcome.OUTSIDE_SCOPE);
		UUID police = closed("r-police", Outcome.FORWARDED_TO_POLICE);
		UUID neverTriaged = submit("r-new");
		UUID forwarded = submit("r-forwarded");
		this.reports.changeStatus(forwarded, Status.FORWARDED, null, this.analyst);

		this.clock.advance(Duration.ofDays(170));
		this.retention.shredDue();
		assertThat(present(outsideScope, police, neverTriaged, forwarded)).as("six months are not over")
			.containsExactly(true, true, true, true);

		this.clock.advance(Duration.ofDays(20));
		this.retention.shredDue();
		assertThat(present(outsideScope, police, neverTriaged, forwarded)).containsExactly(false, true, true, true);

		this.clock.advance(Duration.ofDays(366 * 5));
		this.retention.shredDue();
		assertThat(present(police, neverTriaged, forwarded)).as("reports nobody closed are never deleted")
			.containsExactly(false, true, true);
	}

	@Test
	void nothingOfAShreddedReportIsLeftAndTheAuditSaysOnlyWhichIdWent() {
		UUID report = submit("r-raw");
		ReportKey key = this.reports.key(report, this.recoveryKeyring).orElseThrow();
		this.reports.analystWrites(key, this.analyst, "question r-raw");
		this.reports.reporterWrites(key, "answer r-raw", List.of(ImageCleaner.clean(TestImages.photoWithGps(32, 24))));
		this.reports.changeStatus(report, Status.CLOSED, Outcome.DUPLICATE, this.analyst);
		assertThat(rowsNaming(report)).as("the report, its key's copies, statuses, message and image")
			.isGreaterThanOrEqualTo(8);

		this.clock.advance(Duration.ofDays(100));
		this.retention.shredDue();

		assertThat(rowsNaming(report)).isZero();
		List<String> audit = this.jdbc.sql(
				"select actor || ' ' || coalesce(details, '') from identity_audit where action = 'REPORT_DELETED' and target = ?")
			.param(report.toString())
			.query(String.class)
			.list();
		assertThat(audit).containsExactly(ReportRetention.ACTOR + " ");
		assertThat(this.jdbc.sql("select count(*) from identity_audit where details like '%r-raw%'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aShreddingCutShortLeavesAReportNobodyCanReadWhichTheNextRunFinishes() {
		UUID due = closed("r-cut", Outcome.DUPLICATE);
		String receipt = this.reports.submit(ReportingFixtures.report("r-open"), ReportingFixtures.noImages())
			.receipt()
			.orElseThrow()
			.display();
		UUID open = this.reports.openWithReceipt(receipt).key().orElseThrow().report();
		this.clock.advance(Duration.ofDays(100));
		this.jdbc
			.sql("create trigger reporting_test_failing_delete before delete on reporting_report for each row call '"
					+ FailingDelete.class.getName() + "'")
			.update();
		try {
			FailingDelete.REPORTS.addAll(List.of(due, open));
			assertThat(this.retention.shredDue().failed()).isPositive();
			try {
				this.reports.shred(open, "test");
			}
			catch (RuntimeException expected) {
				// The second step failed: the keys went in the first.
			}
			assertThat(present(due, open)).as("the ciphertext is still there").containsExactly(true, true);
			assertThat(this.reports.key(due, this.recoveryKeyring)).as("but no key opens it").isEmpty();
			assertThat(this.reports.key(open, this.recoveryKeyring)).isEmpty();
			assertThat(this.reports.openWithReceipt(receipt).result()).isEqualTo(ReceiptResult.NOT_RECOGNISED);
		}
		finally {
			FailingDelete.REPORTS.clear();
			this.jdbc.sql("drop trigger reporting_test_failing_delete").update();
		}
		this.retention.shredDue();
		assertThat(present(due, open)).containsExactly(false, false);
	}

	private UUID submit(String marker) {
		return this.reports.submit(ReportingFixtures.report(marker), ReportingFixtures.noImages()).id();
	}

	private UUID closed(String marker, Outcome outcome) {
		UUID report = submit(marker);
		this.reports.changeStatus(report, Status.CLOSED, outcome, this.analyst);
		return report;
	}

	private List<Boolean> present(UUID... reports) {
		return java.util.Arrays.stream(reports).map((id) -> this.reports.summary(id).isPresent()).toList();
	}

	/**
	 * Rows of any of the line's tables that name the report, in any text or id column.
	 */
	private int rowsNaming(UUID report) {
		record Column(String table, String name) {
		}
		List<Column> columns = this.jdbc.sql("""
				select table_name, column_name from information_schema.columns
				where lower(table_name) like 'reporting\\_%' and table_schema = current_schema()
				and data_type in ('UUID', 'CHARACTER VARYING', 'CHARACTER')""")
			.query((rs, n) -> new Column(rs.getString(1), rs.getString(2)))
			.list();
		assertThat(columns).extracting(Column::table).contains("REPORTING_REPORT", "REPORTING_GRANT");
		return columns.stream()
			.mapToInt((c) -> this.jdbc
				.sql("select count(*) from " + c.table() + " where cast(" + c.name() + " as varchar(2000)) like ?")
				.param("%" + report + "%")
				.query(Integer.class)
				.single())
			.sum();
	}

}
