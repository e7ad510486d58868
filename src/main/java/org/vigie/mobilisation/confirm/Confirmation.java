package org.vigie.mobilisation.confirm;

import java.time.Instant;
import java.util.UUID;

import org.vigie.site.Language;

/**
 * A confirmation link as stored: only a keyed hash of its token is kept.
 *
 * @param id the link
 * @param kind the kind of sign-up it confirms
 * @param subjectId the sign-up
 * @param personId who signed up
 * @param language the language of the email
 * @param expiresAt after this, the link confirms nothing
 * @param confirmedAt when it was first used to confirm, or {@code null}
 */
public record Confirmation(UUID id, String kind, UUID subjectId, UUID personId, Language language, Instant expiresAt,
		Instant confirmedAt) {

	public boolean expired(Instant now) {
		return this.confirmedAt == null && !now.isBefore(this.expiresAt);
	}

}
