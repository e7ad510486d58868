package org.vigie.content;

import org.vigie.identity.AuditAction;

/**
 * What the content module writes to the audit trail: publication events.
 */
public final class ContentAudit {

	public static final AuditAction PUBLISHED = new AuditAction("PUBLISHED");

	public static final AuditAction UNPUBLISHED = new AuditAction("UNPUBLISHED");

	public static final AuditAction DELETED = new AuditAction("DELETED");

	public static final AuditAction RESTORED = new AuditAction("RESTORED");

	private ContentAudit() {
	}

}
