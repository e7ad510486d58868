package org.vigie.learning.organisations;

import java.time.Instant;
import java.util.UUID;

/**
 * An organisation as its pages show it.
 *
 * @param id its identity, random, in its addresses
 * @param name the name its manager gave it
 * @param kind what sort of place it is
 * @param managerId the learner who manages it
 * @param hasContact whether a contact address receives the monthly summary
 * @param hasInvitation whether an invitation link was made (it may have expired)
 * @param invitationExpiresAt when the invitation link stops working, or {@code null} for
 * never
 * @param createdAt when it was created
 */
record Organisation(UUID id, String name, OrganisationKind kind, UUID managerId, boolean hasContact,
		boolean hasInvitation, Instant invitationExpiresAt, Instant createdAt) {

	boolean managedBy(UUID learner) {
		return this.managerId.equals(learner);
	}

}
