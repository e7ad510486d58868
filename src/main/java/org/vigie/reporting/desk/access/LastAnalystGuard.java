package org.vigie.reporting.desk.access;

import java.util.Optional;
import java.util.Set;

import org.vigie.identity.StaffAccessGuard;
import org.vigie.identity.StaffChange;
import org.vigie.reporting.ReportingPermissions;
import org.vigie.reporting.desk.Analysts;
import org.vigie.reporting.vault.AnalystKeys;
import org.vigie.reporting.vault.Recipients;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the reports readable when staff leave. An analyst who holds a key pair cannot
 * lose the right to analyse (by a change of roles or by being disabled) unless another
 * enabled analyst holds a key pair that opens every report theirs opens: the reports
 * would be left to the recovery key alone. Once an analyst has left, their key pair and
 * every report key wrapped for it are destroyed; the other analysts and the recovery key
 * still open every report.
 */
@Component
class LastAnalystGuard implements StaffAccessGuard {

	static final String LAST_ANALYST = "desk.staff.lastAnalyst";

	private final Analysts analysts;

	private final AnalystKeys keys;

	private final JdbcClient jdbc;

	LastAnalystGuard(Analysts analysts, AnalystKeys keys, JdbcClient jdbc) {
		this.analysts = analysts;
		this.keys = keys;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> refusal(StaffChange change) {
		if (!change.loses(ReportingPermissions.ANALYSE)) {
			return Optional.empty();
		}
		Set<Long> pairs = this.keys.publicKeys().keySet();
		if (!pairs.contains(change.staffId())) {
			return Optional.empty();
		}
		boolean another = this.analysts.all()
			.stream()
			.anyMatch((card) -> card.id() != change.staffId() && pairs.contains(card.id())
					&& opensEverything(card.id(), change.staffId()));
		return another ? Optional.empty() : Optional.of(LAST_ANALYST);
	}

	@Override
	public void changed(StaffChange change) {
		if (change.loses(ReportingPermissions.ANALYSE)) {
			this.keys.forget(change.staffId());
		}
	}

	/** Whether every report wrapped for the leaving analyst is wrapped for the other. */
	private boolean opensEverything(long other, long leaving) {
		return this.jdbc.sql("""
				select count(*) from reporting_grant g where g.recipient = ? and not exists
				  (select 1 from reporting_grant h where h.report_id = g.report_id and h.recipient = ?)""")
			.params(Recipients.staff(leaving), Recipients.staff(other))
			.query(Integer.class)
			.single() == 0;
	}

}
