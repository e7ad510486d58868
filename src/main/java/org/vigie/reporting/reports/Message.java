package org.vigie.reporting.reports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message between the reporter and the line, decrypted.
 *
 * @param id its id
 * @param author who wrote it
 * @param staffId the analyst who wrote it, or {@code null}
 * @param sentAt when
 * @param text its text
 * @param attachments the images attached to it
 */
public record Message(UUID id, Author author, Long staffId, Instant sentAt, String text,
		List<AttachmentInfo> attachments) {

	/** Who wrote a message. */
	public enum Author {

		REPORTER, ANALYST

	}

	/**
	 * An attached image, without its bytes.
	 *
	 * @param id its id
	 * @param mediaType its type
	 * @param size its size in bytes
	 */
	public record AttachmentInfo(UUID id, String mediaType, int size) {
	}

}
