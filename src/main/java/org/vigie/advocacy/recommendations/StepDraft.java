package org.vigie.advocacy.recommendations;

import java.time.LocalDate;

/**
 * A status step as staff submit it: the evidence is required.
 *
 * @param stage the status reached
 * @param on the day it happened
 * @param note a short note in each language (may be empty)
 * @param evidence its source
 */
public record StepDraft(Stage stage, LocalDate on, Texts note, Evidence evidence) {
}
