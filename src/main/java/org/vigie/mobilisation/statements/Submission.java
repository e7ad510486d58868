package org.vigie.mobilisation.statements;

import java.time.Instant;
import java.util.UUID;

/**
 * One signing form sent for a signature: who sent it and what they typed. Forms for an
 * organisation that already signed are merged into its signature and kept here, so staff
 * see what was merged into what.
 *
 * @param id the submission
 * @param signatureId the signature it counts for
 * @param personId who sent it
 * @param name the organisation's name as typed
 * @param type its type as chosen
 * @param city its city as typed
 * @param website its website as typed
 * @param enterpriseNumber its enterprise number when valid, or {@code null}
 * @param contact the contact person, or {@code null} once erased
 * @param atDomain whether the contact's address is at the website's domain
 * @param mergedBy {@code null} for the form that made the signature; {@code NAME},
 * {@code DOMAIN} or {@code REPEAT} for those merged into it
 * @param submittedAt when it was sent
 * @param confirmedAt when its address was confirmed, or {@code null}
 */
public record Submission(UUID id, UUID signatureId, UUID personId, String name, OrganisationType type, String city,
		String website, String enterpriseNumber, String contact, boolean atDomain, String mergedBy, Instant submittedAt,
		Instant confirmedAt) {

}
