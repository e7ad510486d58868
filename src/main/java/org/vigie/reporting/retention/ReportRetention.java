package org.vigie.reporting.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.reporting.reports.Outcome;
import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.reports.Status;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Crypto-shreds the reports whose time is over, through {@link Reports#shred}: every
 * wrapped copy of a report's key goes first, in a transaction of its own, then its
 * ciphertext. A report is due when it was closed with an outcome longer ago than that
 * outcome's period; open reports, and so reports never triaged, are never due. A report
 * whose keys are gone but whose ciphertext stayed (a shredding cut short by a crash or an
 * error) can no longer be read by anyone and is finished by the next run.
 * <p>
 * The log says how many reports went, never which: nothing about reports or reporters.
 */
@Service
public class ReportRetention {

	private static final Logger log = LoggerFactory.getLogger(ReportRetention.class);

	/** The actor shredding is recorded under in the audit trail. */
	static final String ACTOR = "system";

	private final JdbcClient jdbc;

	private final Reports reports;

	private final RetentionSettings settings;

	private final Clock clock;

	ReportRetention(JdbcClient jdbc, Reports reports, RetentionSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * What a run did.
	 *
	 * @param shredded reports shredded
	 * @param failed reports that could not be shredded this time (tried again next run)
	 */
	public record Run(int shredded, int failed) {
	}

	/** Shreds every report that is due now. */
	public Run shredDue() {
		Set<UUID> due = due(this.clock.instant());
		int failed = 0;
		for (UUID report : due) {
			try {
				this.reports.shred(report, ACTOR);
			}
			catch (RuntimeException ex) {
				failed++;
				log.warn("Retention: a report could not be shredded ({}); the next run tries again",
						ex.getClass().getSimpleName());
			}
		}
		if (!due.isEmpty()) {
			log.info("Retention: {} reports shredded, {} to try again", due.size() - failed, failed);
		}
		return new Run(due.size() - failed, failed);
	}

	/** The reports due at a time: closed long enough ago, or left without keys. */
	Set<UUID> due(Instant now) {
		Set<UUID> due = new LinkedHashSet<>(this.jdbc.sql("""
				select r.id from reporting_report r
				where not exists (select 1 from reporting_grant g where g.report_id = r.id)""")
			.query(UUID.class)
			.list());
		for (Map.Entry<Outcome, Period> kept : this.settings.afterClosing().entrySet()) {
			Instant closedBefore = now.atOffset(ZoneOffset.UTC).minus(kept.getValue()).toInstant();
			due.addAll(this.jdbc.sql("""
					select id from reporting_report
					where status = ? and outcome = ? and triaged_at is not null and status_at <= ?""")
				.params(Status.CLOSED.name(), kept.getKey().name(), Timestamp.from(closedBefore))
				.query(UUID.class)
				.list());
		}
		return due;
	}

}
