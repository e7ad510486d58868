package org.vigie.fundraising.certificates.issuing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.fundraising.certificates.CertificateRefused;

/**
 * The January run as a background job: asking for it records a queued run and schedules a
 * db-scheduler one-time task, which any node may pick up once; the task issues the
 * certificates in one transaction ({@link CertificateRun#issue}) while it writes its
 * progress to the run's row in transactions of its own, for the page to show.
 */
@Component
class CertificateRuns {

	private static final Logger LOG = LoggerFactory.getLogger(CertificateRuns.class);

	/** Progress is written every so many donors, and at the end. */
	private static final int PROGRESS_EVERY = 25;

	private final JdbcClient jdbc;

	private final CertificateRun run;

	private final Declarants declarants;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final ObjectProvider<OneTimeTask<Void>> task;

	private final TransactionTemplate separate;

	private final Clock clock;

	CertificateRuns(JdbcClient jdbc, CertificateRun run, Declarants declarants,
			ObjectProvider<SchedulerClient> scheduler, ObjectProvider<OneTimeTask<Void>> task,
			PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.run = run;
		this.declarants = declarants;
		this.scheduler = scheduler;
		this.task = task;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Queues a run of the year's certificates.
	 * @throws IssuingRefused before the year is over, without a usable institution, or
	 * while another run of the year is queued or running
	 */
	UUID start(int year, String actor) {
		if (!TaxYears.isOver(year, this.clock)) {
			throw new IssuingRefused("fundraising.issuing.problem.yearNotOver", String.valueOf(year),
					String.valueOf(year + 1));
		}
		if (!this.declarants.current().usable()) {
			throw new IssuingRefused("fundraising.issuing.problem.declarant");
		}
		if (latest(year).filter(RunProgress::ongoing).isPresent()) {
			throw new IssuingRefused("fundraising.issuing.problem.running", String.valueOf(year));
		}
		UUID id = UUID.randomUUID();
		this.separate.executeWithoutResult((status) -> this.jdbc.sql("""
				insert into fundraising_certificate_run (id, tax_year, state, actor, donors_total, donors_done, issued,
					requested_at) values (?, ?, 'QUEUED', ?, 0, 0, 0, ?)""")
			.params(id, year, actor, Timestamp.from(this.clock.instant()))
			.update());
		// db-scheduler compares with the server's own time, not the application's clock
		this.scheduler.getObject().schedule(this.task.getObject().instance(id.toString()), Instant.now());
		return id;
	}

	/** Runs a queued run; called by the job, once per run. */
	void execute(UUID id) {
		RunProgress queued = byId(id).orElse(null);
		if (queued == null || queued.state() == RunProgress.State.DONE || queued.state() == RunProgress.State.FAILED) {
			return;
		}
		String actor = this.jdbc.sql("select actor from fundraising_certificate_run where id = ?")
			.param(id)
			.query(String.class)
			.single();
		write("update fundraising_certificate_run set state = 'RUNNING', donors_done = 0, issued = 0 where id = ?", id);
		try {
			CertificateRun.Outcome outcome = this.run.issue(queued.year(), actor, new RowProgress(id));
			write("update fundraising_certificate_run set state = 'DONE', issued = ?, donors_done = donors_total,"
					+ " finished_at = ? where id = ?", outcome.issued(), Timestamp.from(this.clock.instant()), id);
		}
		catch (IssuingRefused refused) {
			failed(id, refused.code());
		}
		catch (CertificateRefused refused) {
			failed(id, refused.code());
		}
		catch (RuntimeException ex) {
			// the type only: a message could quote a donor's data
			LOG.error("Certificate run {} failed: {}", id, ex.getClass().getName());
			failed(id, "fundraising.issuing.problem.failed");
		}
	}

	/** The year's latest run, if any. */
	Optional<RunProgress> latest(int year) {
		return this.jdbc.sql("""
				select * from fundraising_certificate_run where tax_year = ? order by requested_at desc, id
				fetch first 1 rows only""").param(year).query((rs, row) -> progress(rs)).optional();
	}

	Optional<RunProgress> byId(UUID id) {
		return this.jdbc.sql("select * from fundraising_certificate_run where id = ?")
			.param(id)
			.query((rs, row) -> progress(rs))
			.optional();
	}

	private void failed(UUID id, String code) {
		write("update fundraising_certificate_run set state = 'FAILED', problem = ?, finished_at = ? where id = ?",
				code, Timestamp.from(this.clock.instant()), id);
	}

	private void write(String sql, Object... params) {
		this.separate.executeWithoutResult((status) -> this.jdbc.sql(sql).params(params).update());
	}

	private static RunProgress progress(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new RunProgress(rs.getObject("id", UUID.class), rs.getInt("tax_year"),
				RunProgress.State.valueOf(rs.getString("state")), rs.getInt("donors_total"), rs.getInt("donors_done"),
				rs.getInt("issued"), rs.getString("problem"), rs.getTimestamp("requested_at").toInstant(),
				(finished != null) ? finished.toInstant() : null);
	}

	/** Writes a run's progress to its row, outside the run's transaction. */
	private final class RowProgress implements CertificateRun.Progress {

		private final UUID id;

		private RowProgress(UUID id) {
			this.id = id;
		}

		@Override
		public void started(int donors) {
			write("update fundraising_certificate_run set donors_total = ? where id = ?", donors, this.id);
		}

		@Override
		public void done(int donors, int issued) {
			if (donors % PROGRESS_EVERY == 0) {
				write("update fundraising_certificate_run set donors_done = ?, issued = ? where id = ?", donors, issued,
						this.id);
			}
		}

	}

}
