package org.vigie.fundraising.reconciliation;

import java.time.Instant;
import java.util.UUID;

/**
 * What an import found, as the result page and the list of imports show it.
 *
 * @param id the import
 * @param importedAt when
 * @param lines booked lines read
 * @param credits new credits among them
 * @param byCommunication credits matched by structured communication
 * @param byAmountName credits matched by amount and payer's name
 * @param toReview credits left for a fundraiser
 * @param alreadyKnown lines already recorded by an earlier, overlapping statement
 * @param debits new debits
 * @param notBooked pending or informational entries, left aside
 * @param creditedCents the sum of the new credits
 */
public record ImportSummary(UUID id, Instant importedAt, int lines, int credits, int byCommunication, int byAmountName,
		int toReview, int alreadyKnown, int debits, int notBooked, long creditedCents) {

}
