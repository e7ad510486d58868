package org.vigie.mobilisation.events.checkin;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.vigie.mobilisation.events.EventStore;
import org.vigie.mobilisation.events.QuestionKind;
import org.vigie.mobilisation.events.Registration;
import org.vigie.mobilisation.events.Registrations;
import org.vigie.mobilisation.events.calendar.CalendarEvents;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;

/**
 * An event with people registered, for the check-in tests.
 */
final class CheckInFixtures {

	private final EventStore events;

	private final Registrations registrations;

	private final People people;

	final UUID event;

	final UUID accessibility;

	CheckInFixtures(EventStore events, Registrations registrations, People people, Instant now) {
		this.events = events;
		this.registrations = registrations;
		this.people = people;
		this.event = events.create(CalendarEvents.draft(10, now, 3, null), now);
		this.accessibility = events.addQuestion(this.event, QuestionKind.ACCESSIBILITY, Map.of(Language.FR,
				"Besoins d’accessibilité", Language.NL, "Toegankelijkheid", Language.EN, "Accessibility needs"), false,
				1, now);
	}

	/** Registers someone; their registration. */
	Registration register(String name, int seats, String accessibilityNeeds, Instant now) {
		String email = "door-" + UUID.randomUUID() + "@example.org";
		EmailAddress address = EmailAddress.parse(email).orElseThrow();
		UUID person = this.people.person(address, Language.FR, now);
		Map<UUID, String> answers = (accessibilityNeeds != null) ? Map.of(this.accessibility, accessibilityNeeds)
				: Map.of();
		this.registrations.register(this.event, person, address, name, seats, Language.FR, answers, "J’accepte (test)",
				now);
		return this.registrations.of(this.event)
			.stream()
			.filter((registration) -> registration.personId().equals(person))
			.findFirst()
			.orElseThrow();
	}

}
