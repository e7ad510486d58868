package org.vigie.reporting.handover;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A hand-over as the pages show it: which report, to which unit, which fields, who
 * prepared it and who decided.
 *
 * @param id its id
 * @param report the report's opaque id
 * @param unitId the receiving unit
 * @param unitName the unit's name
 * @param unitFingerprint the unit's key fingerprint, in groups of four
 * @param fields the fields chosen
 * @param status where it stands
 * @param preparedBy the preparing analyst's staff id
 * @param preparedByEmail the preparing analyst's address
 * @param preparedAt when it was prepared
 * @param decidedByEmail the deciding analyst's address, or {@code null}
 * @param decidedAt when it was decided, or {@code null}
 * @param reason why it was rejected, or {@code null}
 * @param fileName the package's file name, once approved
 * @param sha256 the package's SHA-256, once approved
 */
public record Handover(long id, UUID report, long unitId, String unitName, String unitFingerprint,
		Set<HandoverField> fields, Status status, long preparedBy, String preparedByEmail, Instant preparedAt,
		String decidedByEmail, Instant decidedAt, String reason, String fileName, String sha256) {

	/** Where a hand-over stands. */
	public enum Status {

		/** Waiting for a second analyst. */
		PENDING,

		/** Approved: the package was made. */
		APPROVED,

		/** Rejected, with a reason. */
		REJECTED

	}

	/**
	 * Whether this staff member may approve it: pending, and prepared by someone else.
	 */
	public boolean approvableBy(long staffId) {
		return this.status == Status.PENDING && this.preparedBy != staffId;
	}

}
