package org.vigie.mobilisation.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is kept of registrations once their event is over: for {@link #KEPT_MONTHS} months
 * everything (to answer questions and count who came), then only the counts: names,
 * answers and links are erased, the rows stay anonymous (seats and status, for the
 * event's figures).
 */
@Component
public class EventsRetention {

	/** Months registrations are kept whole after their event ends. */
	public static final int KEPT_MONTHS = 6;

	private final JdbcClient jdbc;

	EventsRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Erases the personal parts of registrations to events that ended more than
	 * {@link #KEPT_MONTHS} months before that time.
	 * @return the registrations erased
	 */
	@Transactional
	public int forgetPast(Instant now) {
		Timestamp before = Timestamp.from(now.atOffset(ZoneOffset.UTC).minusMonths(KEPT_MONTHS).toInstant());
		String ofPastEvents = """
				registration_id in (select r.id from mobilisation_events_registration r
					join mobilisation_events_event e on e.id = r.event_id where e.ends_at < ?)""";
		this.jdbc.sql("delete from mobilisation_events_answer where " + ofPastEvents).param(before).update();
		this.jdbc.sql("delete from mobilisation_events_link where " + ofPastEvents).param(before).update();
		return this.jdbc.sql("""
				update mobilisation_events_registration set display_name = null
				where display_name is not null
				and event_id in (select id from mobilisation_events_event where ends_at < ?)""").param(before).update();
	}

}
