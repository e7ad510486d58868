package org.vigie.mobilisation.events.checkin;

import java.text.Collator;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.vigie.mobilisation.events.Event;
import org.vigie.mobilisation.events.Question;
import org.vigie.mobilisation.events.QuestionKind;
import org.vigie.mobilisation.events.Registration;
import org.vigie.mobilisation.events.RegistrationStatus;
import org.vigie.mobilisation.events.Registrations;

import org.springframework.stereotype.Component;

/**
 * The door's view of an event: the people confirmed, sorted by name, with their seats and
 * the answers that matter at the door (accessibility, language); how many have arrived;
 * and checking one in, once.
 */
@Component
class CheckInDesk {

	/** What checking someone in did. */
	enum Outcome {

		/** They are now checked in. */
		CHECKED_IN,

		/** They had been checked in already; nothing changed. */
		ALREADY,

		/** Their registration does not hold places (cancelled, waiting). */
		NOT_CONFIRMED

	}

	/**
	 * One person on the list.
	 *
	 * @param id the registration
	 * @param name the name given, or {@code null} once erased
	 * @param seats the places taken
	 * @param checkedIn whether they arrived
	 * @param needs the door's answers, such as accessibility needs
	 */
	record Row(UUID id, String name, int seats, boolean checkedIn, List<String> needs) {

	}

	/**
	 * How many are expected and have arrived.
	 *
	 * @param registrations the confirmed registrations
	 * @param seats their places
	 * @param arrived the registrations checked in
	 * @param seatsArrived their places
	 */
	record Counts(int registrations, int seats, int arrived, int seatsArrived) {

	}

	private final Registrations registrations;

	CheckInDesk(Registrations registrations) {
		this.registrations = registrations;
	}

	/** The confirmed people whose name holds the query (accents and case ignored). */
	List<Row> rows(Event event, String query, Locale locale) {
		String wanted = fold(query);
		Collator collator = Collator.getInstance(locale);
		collator.setStrength(Collator.PRIMARY);
		List<Row> rows = new ArrayList<>();
		for (Registration registration : confirmed(event)) {
			if (wanted.isEmpty() || fold(registration.name()).contains(wanted)) {
				rows.add(new Row(registration.id(), registration.name(), registration.seats(),
						registration.checkedInAt() != null, needs(event, registration)));
			}
		}
		rows.sort(Comparator.comparing((Row row) -> (row.name() != null) ? row.name() : "", collator));
		return rows;
	}

	Counts counts(Event event) {
		List<Registration> confirmed = confirmed(event);
		List<Registration> arrived = confirmed.stream().filter((r) -> r.checkedInAt() != null).toList();
		return new Counts(confirmed.size(), confirmed.stream().mapToInt(Registration::seats).sum(), arrived.size(),
				arrived.stream().mapToInt(Registration::seats).sum());
	}

	/** Checks a registration of the event in; repeating it changes nothing. */
	Outcome checkIn(Registration registration, Instant now) {
		if (registration.status() != RegistrationStatus.CONFIRMED) {
			return Outcome.NOT_CONFIRMED;
		}
		return this.registrations.checkIn(registration.id(), now) ? Outcome.CHECKED_IN : Outcome.ALREADY;
	}

	private List<Registration> confirmed(Event event) {
		return this.registrations.of(event.id())
			.stream()
			.filter((registration) -> registration.status() == RegistrationStatus.CONFIRMED)
			.toList();
	}

	private List<String> needs(Event event, Registration registration) {
		List<String> needs = new ArrayList<>();
		for (Map.Entry<UUID, String> answer : this.registrations.answers(registration.id()).entrySet()) {
			event.question(answer.getKey())
				.filter((question) -> question.kind() == QuestionKind.ACCESSIBILITY
						|| question.kind() == QuestionKind.LANGUAGE)
				.map(Question::kind)
				.filter((kind) -> answer.getValue() != null && !answer.getValue().isBlank())
				.ifPresent((kind) -> needs.add(answer.getValue().strip()));
		}
		return needs;
	}

	private static String fold(String text) {
		if (text == null) {
			return "";
		}
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.strip();
	}

}
