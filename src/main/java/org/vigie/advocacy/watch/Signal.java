package org.vigie.advocacy.watch;

import java.time.Instant;
import java.util.UUID;

/**
 * Something the checks noticed on a watched address and reported.
 *
 * @param id its id
 * @param sourceId the address
 * @param fileId its file
 * @param outcome what it became: changed, changed shape, unreachable or refused
 * @param oldExcerpt the watched text before, when it changed
 * @param newExcerpt the watched text after, when it changed
 * @param noticedAt when
 */
public record Signal(UUID id, UUID sourceId, UUID fileId, Health outcome, String oldExcerpt, String newExcerpt,
		Instant noticedAt) {
}
