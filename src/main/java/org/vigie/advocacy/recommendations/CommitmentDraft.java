package org.vigie.advocacy.recommendations;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A commitment as staff submit it: who (an addressee, an office holder in their public
 * role, or both), when, what, and its source.
 *
 * @param addressee the addressee's id, or {@code null}
 * @param officeHolder the office holder's public role and name, or {@code null}
 * @param on the day it was made
 * @param text what was committed, in each language
 * @param evidence where it is recorded
 */
public record CommitmentDraft(UUID addressee, String officeHolder, LocalDate on, Texts text, Evidence evidence) {

	/** Whether it names who committed. */
	public boolean namesWho() {
		return this.addressee != null || (this.officeHolder != null && !this.officeHolder.isBlank());
	}

}
