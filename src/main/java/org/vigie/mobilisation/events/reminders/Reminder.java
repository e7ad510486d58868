package org.vigie.mobilisation.events.reminders;

import java.time.Duration;
import java.time.Instant;

import org.vigie.mobilisation.events.Event;
import org.vigie.mobilisation.events.Registration;

/**
 * The reminders of an event: a week before and the day before.
 */
enum Reminder {

	/** Seven days before the start. */
	WEEK(Duration.ofDays(7)),

	/** One day before the start. */
	DAY(Duration.ofDays(1));

	private final Duration before;

	Reminder(Duration before) {
		this.before = before;
	}

	/**
	 * Whether this reminder is due now for a registration: its time has come, the next
	 * (closer) reminder's has not, and the person had their places before it, since
	 * someone confirmed after it just had the news.
	 */
	boolean due(Event event, Registration registration, Instant now) {
		Instant at = event.startsAt().toInstant().minus(this.before);
		Instant until = (this == WEEK) ? event.startsAt().toInstant().minus(DAY.before) : event.startsAt().toInstant();
		return !now.isBefore(at) && now.isBefore(until) && registration.confirmedAt() != null
				&& registration.confirmedAt().isBefore(at);
	}

}
