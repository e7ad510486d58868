package org.vigie.reporting.reports;

import java.time.Instant;
import java.util.UUID;

/**
 * A report's clear fields, readable without its key: what the list of reports shows.
 *
 * @param id the report's opaque id
 * @param receivedAt when it arrived
 * @param status where it stands
 * @param statusAt since when
 * @param category what happened
 * @param country where (ISO code)
 * @param placeType the kind of place
 * @param channel how it arrived
 * @param followUp the follow-up the reporter chose
 * @param outcome how it ended, once closed
 * @param assignedTo the analyst it is assigned to, or {@code null}
 * @param deadlines its deadlines
 * @param lockedUntil until when its receipt is locked after wrong tries, or {@code null}
 */
public record ReportSummary(UUID id, Instant receivedAt, Status status, Instant statusAt, Category category,
		String country, PlaceType placeType, Channel channel, FollowUp followUp, Outcome outcome, Long assignedTo,
		Deadlines deadlines, Instant lockedUntil) {

	/** Whether its receipt is locked at a time. */
	public boolean receiptLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
