package org.vigie.mobilisation.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.mobilisation.people.PersonalData;
import org.vigie.site.Language;

/**
 * What the events hold about a person: their registrations (event, places, status, name
 * given, answers). Erasing keeps each registration's places and status, without name,
 * answers or links, so an event's counts stay right; registrations to events to come are
 * cancelled first, so their places go to the people waiting. Registrations take their
 * places at once, so there is nothing unconfirmed to forget.
 */
@Component
class EventsPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final Registrations registrations;

	private final EventStore events;

	EventsPersonalData(JdbcClient jdbc, Registrations registrations, EventStore events) {
		this.jdbc = jdbc;
		this.registrations = registrations;
		this.events = events;
	}

	@Override
	public String area() {
		return "events";
	}

	@Override
	public List<Item> export(UUID personId) {
		List<Item> items = new ArrayList<>();
		for (Registration registration : this.registrations.ofPerson(personId)) {
			Event event = this.events.byId(registration.eventId()).orElseThrow();
			Language language = registration.language();
			items
				.add(new Item("mobilisation.events.export.registration",
						event.text(language).title() + " (" + event.startsAt().toLocalDate() + "): "
								+ registration.status().name() + ", " + registration.seats(),
						registration.registeredAt()));
			if (registration.name() != null) {
				items
					.add(new Item("mobilisation.events.export.name", registration.name(), registration.registeredAt()));
			}
			this.registrations.answers(registration.id())
				.forEach((questionId,
						answer) -> items.add(new Item("mobilisation.events.export.answer",
								event.question(questionId).map((q) -> q.label(language)).orElse("?") + ": " + answer,
								registration.registeredAt())));
			if (registration.checkedInAt() != null) {
				items.add(new Item("mobilisation.events.export.checkedIn", event.text(language).title(),
						registration.checkedInAt()));
			}
		}
		return items;
	}

	@Override
	@Transactional
	public void erase(UUID personId, Instant now) {
		this.registrations.cancelAll(personId, now);
		String ofPerson = "registration_id in (select id from mobilisation_events_registration where person_id = ?)";
		this.jdbc.sql("delete from mobilisation_events_answer where " + ofPerson).param(personId).update();
		this.jdbc.sql("delete from mobilisation_events_link where " + ofPerson).param(personId).update();
		this.jdbc.sql("update mobilisation_events_registration set display_name = null where person_id = ?")
			.param(personId)
			.update();
	}

	@Override
	public int forgetUnconfirmed(Instant createdBefore) {
		return 0;
	}

}
