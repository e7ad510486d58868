package org.vigie.advocacy.tracker.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.vigie.advocacy.tracker.Instrument;
import org.vigie.site.Language;

/**
 * Reads the {@code asOf} parameter: a day written {@code YYYY-MM-DD}, not after today and
 * not before the instrument was adopted (nothing was published then). Without it, today.
 */
final class AsOfDay {

	/** The first day any instrument can be shown for when its adoption is unknown. */
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	private AsOfDay() {
	}

	/**
	 * The day asked for.
	 * @throws TrackerRequestProblem when it is not a day, is in the future or too early
	 */
	static LocalDate read(String raw, Instrument instrument, LocalDate today, Language language, String backPath) {
		if (raw == null || raw.isBlank()) {
			return today;
		}
		LocalDate day;
		try {
			day = (raw.length() == 10) ? LocalDate.parse(raw) : null;
		}
		catch (DateTimeParseException ex) {
			day = null;
		}
		if (day == null) {
			throw new TrackerRequestProblem("advocacy.tracker.asOf.malformed", language, backPath);
		}
		if (day.isAfter(today)) {
			throw new TrackerRequestProblem("advocacy.tracker.asOf.future", language, backPath);
		}
		if (day.isBefore(earliest(instrument))) {
			throw new TrackerRequestProblem("advocacy.tracker.asOf.early", language, backPath);
		}
		return day;
	}

	/** The first day the instrument can be shown for. */
	static LocalDate earliest(Instrument instrument) {
		return (instrument.adoptedOn() != null) ? instrument.adoptedOn() : EARLIEST;
	}

}
