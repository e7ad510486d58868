package org.vigie.reporting.handover;

import org.vigie.identity.AuditAction;

/**
 * What hand-overs to the police write to the audit trail. Entries name units, keys and
 * report ids, never anything a reporter wrote.
 */
public final class HandoverAudit {

	/** A police unit was added, with its key's fingerprint. */
	public static final AuditAction UNIT_ADDED = new AuditAction("POLICE_UNIT_ADDED");

	/** A police unit was disabled: it receives no more packages. */
	public static final AuditAction UNIT_DISABLED = new AuditAction("POLICE_UNIT_DISABLED");

	/** The organisation's signing key was made. */
	public static final AuditAction SIGNING_KEY_CREATED = new AuditAction("HANDOVER_KEY_CREATED");

	/** An analyst prepared a hand-over, pending approval. */
	public static final AuditAction PREPARED = new AuditAction("HANDOVER_PREPARED");

	/** A second analyst approved a hand-over: the package was made. */
	public static final AuditAction APPROVED = new AuditAction("HANDOVER_APPROVED");

	/** A hand-over was rejected. */
	public static final AuditAction REJECTED = new AuditAction("HANDOVER_REJECTED");

	/** An approved package was downloaded. */
	public static final AuditAction DOWNLOADED = new AuditAction("HANDOVER_DOWNLOADED");

	private HandoverAudit() {
	}

}
