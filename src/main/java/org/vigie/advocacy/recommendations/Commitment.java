package org.vigie.advocacy.recommendations;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A commitment made about a recommendation: by an addressee (a role), or by an office
 * holder named in their public role (such as a member of parliament speaking in a
 * debate), on a day, with its source (such as the parliamentary record).
 *
 * @param id its id
 * @param recommendation the recommendation's id
 * @param addressee the role that committed, or {@code null}
 * @param officeHolder the office holder in their public role, or {@code null}
 * @param on the day it was made
 * @param text what was committed, in each language
 * @param evidence where it is recorded
 */
public record Commitment(UUID id, UUID recommendation, Addressee addressee, String officeHolder, LocalDate on,
		Texts text, Evidence evidence) {
}
