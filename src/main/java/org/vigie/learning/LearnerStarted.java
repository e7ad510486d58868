package org.vigie.learning;

import java.time.Instant;
import java.util.UUID;

/**
 * A new learner started the awareness cards. It names no person: the learner's opaque id
 * (so a reader counts each learner once) and the time.
 *
 * @param learner the learner's opaque id
 * @param at when they started
 */
public record LearnerStarted(UUID learner, Instant at) {

}
