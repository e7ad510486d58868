package org.vigie.mobilisation.confirm;

import java.time.Instant;
import java.util.UUID;

import org.vigie.site.Language;

/**
 * What confirming means for one kind of sign-up (a pledge, a signature, a subscription).
 * Each part of the module declares one as a bean; the confirmation page calls it in the
 * transaction that marks the link used.
 */
public interface ConfirmationHandler {

	/** The kind it handles, such as {@code PLEDGE}: at most 30 letters. */
	String kind();

	/**
	 * Confirms the sign-up {@code subjectId}. Called every time the person confirms
	 * again, with {@code first} true only the first time this link is used. A sign-up may
	 * have had several links (they asked twice), so it must count once whatever the link:
	 * mark it with a guarded update ({@code ... where confirmed_at is null}) and count
	 * only when that update changed a row. A repeat shows the same result and changes
	 * nothing.
	 * @return where to send the person now (an address on this site)
	 */
	String confirmed(UUID subjectId, UUID personId, Language language, boolean first, Instant now);

	/** What the confirmation page says the person is confirming (a short line). */
	String describe(UUID subjectId, Language language);

}
