package org.vigie.learning.organisations;

import java.time.Instant;
import java.util.UUID;

/**
 * A member of an organisation.
 *
 * @param id the membership's own random identity, used in addresses instead of the
 * learner's
 * @param organisationId the organisation
 * @param learnerId the learner
 * @param displayName the name the member chose when joining
 * @param joinedAt when they joined
 */
record Member(UUID id, UUID organisationId, UUID learnerId, String displayName, Instant joinedAt) {

}
