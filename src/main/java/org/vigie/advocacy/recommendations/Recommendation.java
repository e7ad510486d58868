package org.vigie.advocacy.recommendations;

import java.time.LocalDate;
import java.util.UUID;

import org.vigie.site.Language;

/**
 * A recommendation followed up until it is implemented or rejected.
 *
 * @param id its id
 * @param code its stable code, in its public address
 * @param origin where it comes from
 * @param cycle the cycle or session (such as "UPR 4th cycle, 2026"), or {@code null}
 * @param madeOn the day it was made
 * @param reference the document it was made in: its label and address
 * @param text its text in each language
 * @param addressee who it is addressed to
 * @param recommendingState the state that made it (UPR), or {@code null}
 * @param response the response to it (UN recommendations)
 * @param uprCategory UPR Info's action category (1 to 5), or {@code null}
 * @param progress its implementation on the OGP scale
 * @param previous the same recommendation in the previous cycle, or {@code null}
 * @param followUpOn the day staff mean to check it again, or {@code null}
 * @param stage its current status (its timeline's last step)
 * @param stageOn the day of that step
 * @param demo whether it is a fictitious demo example
 */
public record Recommendation(UUID id, String code, Origin origin, String cycle, LocalDate madeOn, Evidence reference,
		Texts text, Addressee addressee, String recommendingState, Response response, Integer uprCategory,
		Progress progress, UUID previous, LocalDate followUpOn, Stage stage, LocalDate stageOn, boolean demo) {

	/** Its text in a language. */
	public String text(Language language) {
		return this.text.in(language);
	}

	/** Whether its follow-up date has come and it is still open on that day. */
	public boolean overdue(LocalDate today) {
		return this.followUpOn != null && !this.followUpOn.isAfter(today) && !this.stage.closed();
	}

}
