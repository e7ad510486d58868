package org.vigie.advocacy.tracker.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.vigie.advocacy.revisions.Revisions;

/**
 * A saved version as the instrument's page lists it: what it was about, when (in
 * Brussels), who saved it and the fields it saved.
 *
 * @param id the version's id (its page is under the instrument's)
 * @param subject what was saved ({@code tracker-instrument} or {@code tracker-provision})
 * @param summary what happened
 * @param recordedAt when, as a day and a time
 * @param recordedBy who
 * @param fields the fields as saved, by name
 */
record RevisionLine(UUID id, String subject, String summary, String recordedAt, String recordedBy,
		Map<String, Object> fields) {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	static RevisionLine of(Revisions.Revision revision, ZoneId zone) {
		return new RevisionLine(revision.id(), revision.kind(), revision.summary(),
				MINUTE.format(revision.recordedAt().atZone(zone)), revision.recordedBy(),
				new TreeMap<>(revision.snapshot()));
	}

}
