package org.vigie.advocacy.watch;

import java.time.Instant;
import java.util.UUID;

/**
 * A public address a file's page is watched at, with the part of it that matters.
 *
 * @param id its id
 * @param fileId the watched file
 * @param address an http(s) address
 * @param selector the CSS selector of the part watched
 * @param enabled whether the checks fetch it (demo sources are not)
 * @param health what the last checks found
 * @param contentHash SHA-256 of the watched part's normalised text, once seen
 * @param excerpt the beginning of that text
 * @param previousExcerpt the beginning of the text before its last change
 * @param problem a message key saying why it failed or was refused, or {@code null}
 * @param failures failed checks in a row
 * @param checkedAt when it was last checked
 * @param changedAt when its health or text last changed
 */
public record Source(UUID id, UUID fileId, String address, String selector, boolean enabled, Health health,
		String contentHash, String excerpt, String previousExcerpt, String problem, int failures, Instant checkedAt,
		Instant changedAt) {
}
