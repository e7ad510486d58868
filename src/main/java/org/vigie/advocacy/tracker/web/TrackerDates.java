package org.vigie.advocacy.tracker.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.vigie.site.Language;

/**
 * Days and moments written for readers of one language (in Brussels time), for the
 * templates.
 */
final class TrackerDates {

	private final DateTimeFormatter days;

	private final DateTimeFormatter moments;

	private final ZoneId zone;

	TrackerDates(Language language, ZoneId zone) {
		this.days = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
		this.moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(language.locale())
			.withZone(zone);
		this.zone = zone;
	}

	/** A day such as "5 décembre 2026", or an empty string. */
	public String day(LocalDate day) {
		return (day != null) ? this.days.format(day) : "";
	}

	/** A moment in Brussels time, or an empty string. */
	public String moment(Instant moment) {
		return (moment != null) ? this.moments.format(moment.atZone(this.zone)) : "";
	}

	/** A moment as a machine-readable date-time for {@code <time datetime>}. */
	public String iso(Instant moment) {
		return (moment != null) ? moment.toString() : "";
	}

}
