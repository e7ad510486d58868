package org.vigie.reporting.desk.settings;

import java.util.List;

import org.vigie.identity.BackOfficeNotice;
import org.vigie.identity.StaffIdentity;
import org.vigie.reporting.ReportingPermissions;
import org.vigie.reporting.vault.RecoveryKey;

import org.springframework.stereotype.Component;

/**
 * Asks those who configure the line, on the back-office home, to make the recovery key
 * (the line takes no report before), then to confirm it is stored offline.
 */
@Component
class RecoveryNotice implements BackOfficeNotice.Source {

	private final RecoveryKey recovery;

	private final RecoveryConfirmation confirmation;

	RecoveryNotice(RecoveryKey recovery, RecoveryConfirmation confirmation) {
		this.recovery = recovery;
		this.confirmation = confirmation;
	}

	@Override
	public List<BackOfficeNotice> notices(StaffIdentity staff) {
		if (!staff.can(ReportingPermissions.CONFIGURE)) {
			return List.of();
		}
		if (!this.recovery.exists()) {
			return List.of(new BackOfficeNotice("desk.recovery.notice.make", "desk.recovery.notice.go",
					RecoverySettingsController.PATH));
		}
		return this.confirmation.confirmed() ? List.of() : List.of(new BackOfficeNotice("desk.recovery.notice.confirm",
				"desk.recovery.notice.go", RecoverySettingsController.PATH));
	}

}
