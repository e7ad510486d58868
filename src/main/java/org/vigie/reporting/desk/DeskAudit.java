package org.vigie.reporting.desk;

import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditActions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the workspace adds to the audit trail besides the core's entries: labels put on or
 * taken off (the entry names the report, never the label's words).
 */
@Configuration(proxyBeanMethods = false)
public class DeskAudit {

	public static final AuditAction REPORT_LABELLED = new AuditAction("REPORT_LABELLED");

	public static final AuditAction RECOVERY_KEY_STORED = new AuditAction("RECOVERY_KEY_STORED");

	@Bean
	AuditActions deskAuditActions() {
		return AuditActions.of(REPORT_LABELLED, RECOVERY_KEY_STORED);
	}

}
