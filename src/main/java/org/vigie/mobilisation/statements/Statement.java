package org.vigie.mobilisation.statements;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.vigie.site.Language;

/**
 * A sign-on letter organisations sign.
 *
 * @param id its id
 * @param key a stable name for staff ({@code detention-of-children})
 * @param opensOn the first day it can be signed
 * @param closesOn the last day it can be signed, or {@code null}
 * @param published whether it is on the public site
 * @param texts its texts in every language
 */
public record Statement(UUID id, String key, LocalDate opensOn, LocalDate closesOn, boolean published,
		Map<Language, StatementText> texts) {

	/** Its text in a language. */
	public StatementText text(Language language) {
		return this.texts.get(language);
	}

	/** Whether it can be signed on that day. */
	public boolean open(LocalDate today) {
		return this.published && !today.isBefore(this.opensOn)
				&& (this.closesOn == null || !today.isAfter(this.closesOn));
	}

}
