package org.vigie.mobilisation.newsletter;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.vigie.site.Language;

/**
 * An issue of the newsletter, as composed in the back-office.
 *
 * @param id the issue
 * @param language the language of its readers
 * @param subject its subject line
 * @param intro the editor's free text (plain text)
 * @param postPaths the posts it points to, in order
 * @param body the plain-text email composed from them, without each reader's own links
 * @param topics which subscribers receive it (those who chose any of these)
 * @param status draft, being sent, or sent
 * @param queuedAt when it was sent, or {@code null}
 * @param queuedCount how many emails it was sent as, or {@code null}
 */
public record Issue(UUID id, Language language, String subject, String intro, List<String> postPaths, String body,
		Topics topics, Status status, Instant queuedAt, Integer queuedCount) {

	/** Where an issue stands. */
	public enum Status {

		DRAFT, QUEUED, SENT

	}

}
