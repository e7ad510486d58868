package org.vigie.reporting.reports;

import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditActions;

/**
 * What the reporting line records in the audit trail. Entries name a report by its id
 * only, never by anything a reporter wrote.
 */
public final class ReportingAudit {

	public static final AuditAction REPORT_READ = new AuditAction("REPORT_READ");

	public static final AuditAction REPORT_STATUS_CHANGED = new AuditAction("REPORT_STATUS_CHANGED");

	public static final AuditAction REPORT_ASSIGNED = new AuditAction("REPORT_ASSIGNED");

	public static final AuditAction REPORT_MESSAGE_SENT = new AuditAction("REPORT_MESSAGE_SENT");

	public static final AuditAction REPORT_RECEIPT_UNLOCKED = new AuditAction("REPORT_RECEIPT_UNLOCKED");

	public static final AuditAction REPORT_ACCESS_GRANTED = new AuditAction("REPORT_ACCESS_GRANTED");

	public static final AuditAction REPORT_DELETED = new AuditAction("REPORT_DELETED");

	public static final AuditAction RECOVERY_KEY_CREATED = new AuditAction("RECOVERY_KEY_CREATED");

	public static final AuditAction RECOVERY_KEY_USED = new AuditAction("RECOVERY_KEY_USED");

	private ReportingAudit() {
	}

	/** The actions, for the audit trail's filter. */
	public static AuditActions all() {
		return AuditActions.of(REPORT_READ, REPORT_STATUS_CHANGED, REPORT_ASSIGNED, REPORT_MESSAGE_SENT,
				REPORT_RECEIPT_UNLOCKED, REPORT_ACCESS_GRANTED, REPORT_DELETED, RECOVERY_KEY_CREATED,
				RECOVERY_KEY_USED);
	}

}
