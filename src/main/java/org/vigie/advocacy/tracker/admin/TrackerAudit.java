package org.vigie.advocacy.tracker.admin;

import org.vigie.identity.AuditAction;

/**
 * What the tracker's back-office writes to the audit trail. Entries name the instrument,
 * the cell or the provision, never a person other than the staff member acting.
 */
final class TrackerAudit {

	/** A new status (or a new review) recorded for a cell. */
	static final AuditAction RECORDED = new AuditAction("ADVOCACY_TRACKER_RECORDED");

	/** A cell's current row corrected. */
	static final AuditAction CORRECTED = new AuditAction("ADVOCACY_TRACKER_CORRECTED");

	/** A CSV file imported (counts in the details). */
	static final AuditAction IMPORTED = new AuditAction("ADVOCACY_TRACKER_IMPORTED");

	/** The dataset downloaded from the back-office. */
	static final AuditAction EXPORTED = new AuditAction("ADVOCACY_TRACKER_EXPORTED");

	/** An instrument added or changed. */
	static final AuditAction INSTRUMENT_SAVED = new AuditAction("ADVOCACY_TRACKER_INSTRUMENT_SAVED");

	/** A provision added or changed. */
	static final AuditAction PROVISION_SAVED = new AuditAction("ADVOCACY_TRACKER_PROVISION_SAVED");

	private TrackerAudit() {
	}

}
