package org.vigie.mobilisation.events.calendar;

import java.net.URI;
import java.time.ZonedDateTime;

/**
 * One event as a calendar shows it, independent of how events are stored.
 *
 * @param uid the event's identity across every file sent about it, such as
 * {@code <event-id>@<site host>}: a calendar updates or removes the entry with the same
 * uid
 * @param sequence the event's revision, increased on every change people should see
 * @param start when it starts
 * @param end when it ends, after the start
 * @param title the event's title
 * @param description its text, or {@code null}
 * @param location where it takes place, or {@code null} when only online
 * @param onlineLink where to join it online, or {@code null}
 * @param pageUrl its page on the site, or {@code null}
 * @param cancelled whether the event is called off
 */
public record CalendarEntry(String uid, int sequence, ZonedDateTime start, ZonedDateTime end, String title,
		String description, String location, URI onlineLink, URI pageUrl, boolean cancelled) {

	public CalendarEntry {
		if (uid == null || uid.isBlank() || uid.length() > 200 || uid.chars().anyMatch((c) -> c < 0x21 || c == 0x7f)) {
			throw new IllegalArgumentException("A calendar entry needs a uid on one line");
		}
		if (sequence < 0 || start == null || end == null || end.isBefore(start)) {
			throw new IllegalArgumentException("A calendar entry needs a sequence and a start before its end");
		}
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A calendar entry needs a title");
		}
	}

	/** The same entry, called off, one revision later. */
	public CalendarEntry calledOff() {
		return new CalendarEntry(this.uid, this.sequence + 1, this.start, this.end, this.title, this.description,
				this.location, this.onlineLink, this.pageUrl, true);
	}

}
