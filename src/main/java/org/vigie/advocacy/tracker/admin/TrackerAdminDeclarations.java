package org.vigie.advocacy.tracker.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.vigie.advocacy.admin.AdvocacyArea;
import org.vigie.identity.AuditActions;
import org.vigie.site.UploadLimit;

/**
 * What the tracker's back-office declares: its entry on the advocacy dashboard, its audit
 * actions, and the upload limit of the import (a file a little over what the import
 * reads, so a much larger one is refused before anything reads it).
 */
@Configuration(proxyBeanMethods = false)
class TrackerAdminDeclarations {

	/**
	 * The largest import request: the 2 MB file the import reads and room for the form.
	 */
	static final DataSize IMPORT_UPLOAD = DataSize.ofBytes((2 + 1) * 1024 * 1024);

	@Bean
	AdvocacyArea trackerArea() {
		return new AdvocacyArea("advocacy.trackerAdmin.title", TrackerAdminController.PATH, 30);
	}

	@Bean
	AuditActions trackerAuditActions() {
		return AuditActions.of(TrackerAudit.RECORDED, TrackerAudit.CORRECTED, TrackerAudit.IMPORTED,
				TrackerAudit.EXPORTED, TrackerAudit.INSTRUMENT_SAVED, TrackerAudit.PROVISION_SAVED);
	}

	@Bean
	UploadLimit trackerImportUploadLimit() {
		return new UploadLimit(TrackerAdminController.PATH + "/*/import", IMPORT_UPLOAD,
				TrackerAdminController.PATH + "?problem=tooLarge");
	}

}
