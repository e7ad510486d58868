package org.vigie.advocacy.tracker.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.vigie.advocacy.tracker.Assessment;

/**
 * One version of a cell as its history shows it: the row, when it was recorded (in
 * Brussels), and whether it corrected a row or was replaced by a correction.
 *
 * @param assessment the row
 * @param recordedAt when it was recorded, as a day and a time in Brussels
 * @param supersededAt when a correction replaced it, or an empty text
 * @param correction whether it corrects an earlier row
 * @param corrected whether a correction replaced it
 */
record HistoryLine(Assessment assessment, String recordedAt, String supersededAt, boolean correction,
		boolean corrected) {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	static HistoryLine of(Assessment assessment, ZoneId zone) {
		return new HistoryLine(assessment, MINUTE.format(assessment.recordedAt().atZone(zone)),
				(assessment.supersededAt() != null) ? MINUTE.format(assessment.supersededAt().atZone(zone)) : "",
				assessment.correctionOf() != null, assessment.supersededAt() != null);
	}

}
