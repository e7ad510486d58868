package org.vigie.reporting.handover.web;

import org.vigie.identity.AuditActions;
import org.vigie.identity.BackOfficeSection;
import org.vigie.reporting.ReportingPermissions;
import org.vigie.reporting.handover.HandoverAudit;
import org.vigie.site.UploadLimit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * What hand-overs declare to the rest of the application: their menu entries, their audit
 * actions, so the audit trail's filter offers them, and the upload limit of the units
 * page (a key file is small; a larger request goes back to the page with a message,
 * unread).
 */
@Configuration(proxyBeanMethods = false)
class HandoverDeclarations {

	/** A key file, the pasted key and the form's other fields, with room to spare. */
	static final DataSize UNITS_UPLOAD = DataSize.ofKilobytes(256);

	@Bean
	AuditActions handoverAuditActions() {
		return AuditActions.of(HandoverAudit.PREPARED, HandoverAudit.APPROVED, HandoverAudit.REJECTED,
				HandoverAudit.DOWNLOADED, HandoverAudit.UNIT_ADDED, HandoverAudit.UNIT_DISABLED,
				HandoverAudit.SIGNING_KEY_CREATED);
	}

	@Bean
	BackOfficeSection handoversSection() {
		return new BackOfficeSection("admin.handovers", HandoversController.PATH, ReportingPermissions.HAND_OVER, 6);
	}

	@Bean
	BackOfficeSection policeUnitsSection() {
		return new BackOfficeSection("admin.policeUnits", UnitsController.PATH, ReportingPermissions.CONFIGURE, 91);
	}

	@Bean
	UploadLimit policeUnitsUploadLimit() {
		return new UploadLimit(UnitsController.PATH + "/**", UNITS_UPLOAD, UnitsController.PATH + "?problem=tooLarge");
	}

}
