package org.vigie.advocacy.recommendations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One step of a recommendation's status timeline, with its evidence.
 *
 * @param id its id
 * @param recommendation the recommendation's id
 * @param stage the status it reached
 * @param on the day it happened
 * @param note a short note in each language (empty texts when none)
 * @param evidence the source it rests on
 * @param recordedAt when staff recorded it
 */
public record Step(UUID id, UUID recommendation, Stage stage, LocalDate on, Texts note, Evidence evidence,
		Instant recordedAt) {
}
