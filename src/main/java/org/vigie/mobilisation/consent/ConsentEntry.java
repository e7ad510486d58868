package org.vigie.mobilisation.consent;

import java.time.Instant;

import org.vigie.site.Language;

/**
 * One line of the consent ledger, with the exact wording the person was shown.
 *
 * @param purpose what it is about
 * @param subject which campaign, statement or language it is about
 * @param event requested, confirmed or withdrawn
 * @param wordingHash the SHA-256 of the wording, in hexadecimal
 * @param language the language of the wording
 * @param wording the wording itself
 * @param at when it was recorded
 */
public record ConsentEntry(Purpose purpose, String subject, Event event, String wordingHash, Language language,
		String wording, Instant at) {

	/** What happened. */
	public enum Event {

		REQUESTED, CONFIRMED, WITHDRAWN

	}

}
