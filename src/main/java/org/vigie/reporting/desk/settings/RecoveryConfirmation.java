package org.vigie.reporting.desk.settings;

import java.sql.Timestamp;
import java.time.Clock;

import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;
import org.vigie.reporting.desk.DeskAudit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether an administrator confirmed that the recovery key, shown once, was printed and
 * stored offline. Until then the back-office keeps asking: a key nobody kept recovers
 * nothing.
 */
@Component
class RecoveryConfirmation {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	RecoveryConfirmation(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	boolean confirmed() {
		return this.jdbc.sql("select count(*) from reporting_recovery_confirmation").query(Integer.class).single() > 0;
	}

	@Transactional
	void confirm(StaffIdentity admin) {
		if (confirmed()) {
			return;
		}
		this.jdbc.sql("insert into reporting_recovery_confirmation (id, confirmed_at, staff_id) values (1, ?, ?)")
			.params(Timestamp.from(this.clock.instant()), admin.id())
			.update();
		this.audit.record(DeskAudit.RECOVERY_KEY_STORED, admin.email(), null, "printed and stored offline");
	}

}
