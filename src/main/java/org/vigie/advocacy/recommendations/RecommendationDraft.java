package org.vigie.advocacy.recommendations;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A recommendation as staff submit it, checked by {@link RecommendationRules} before
 * anything is written.
 *
 * @param code its stable code ({@code a-z}, digits and dashes)
 * @param origin where it comes from
 * @param cycle the cycle or session, or {@code null}
 * @param madeOn the day it was made
 * @param reference the document it was made in (label required)
 * @param text its text in each language
 * @param addressee the addressee's id
 * @param recommendingState the state that made it (UPR only), or {@code null}
 * @param response the response (UN only; {@code NONE} otherwise)
 * @param uprCategory UPR Info's category 1–5 (UPR only), or {@code null}
 * @param progress its implementation on the OGP scale
 * @param previous the same recommendation's id in the previous cycle, or {@code null}
 * @param followUpOn the follow-up date, or {@code null}
 */
public record RecommendationDraft(String code, Origin origin, String cycle, LocalDate madeOn, Evidence reference,
		Texts text, UUID addressee, String recommendingState, Response response, Integer uprCategory, Progress progress,
		UUID previous, LocalDate followUpOn) {
}
