package org.vigie.mobilisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A prevention workshop was delivered, with the people it actually reached: published
 * when staff record the reach, and again (same request, new figures) when they correct
 * it, so a reader of these events keeps the last figures per request. It names no person.
 *
 * @param requestId the workshop request
 * @param project the project the workshop belongs to (such as {@code declic})
 * @param deliveredOn the day it was delivered
 * @param region where (a Belgian region or province, as the request gave it)
 * @param youngPeople young people reached
 * @param teachers teachers and educators reached
 * @param recordedAt when the figures were recorded
 */
public record WorkshopDelivered(UUID requestId, String project, LocalDate deliveredOn, String region, int youngPeople,
		int teachers, Instant recordedAt) {
}
