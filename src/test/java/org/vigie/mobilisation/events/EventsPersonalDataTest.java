package org.vigie.mobilisation.events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigie.TestClock;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.mobilisation.people.PersonalData;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the events hold about a person can be exported and erased: erasing cancels the
 * registrations to come (their places go to the next waiting) and removes names, answers
 * and links; registrations six months after their event keep only their counts.
 */
@MobilisationTest
class EventsPersonalDataTest {

	@Autowired
	private List<PersonalData> parts;

	@Autowired
	private EventStore events;

	@Autowired
	private Registrations registrations;

	@Autowired
	private EventsRetention retention;

	@Autowired
	private People people;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@AfterEach
	void forgetOutbox() {
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void aPersonExportsThenErasesTheirRegistrationsAndTheWaitingListMovesOn() {
		PersonalData data = this.parts.stream().filter((p) -> p.area().equals("events")).findFirst().orElseThrow();
		Instant now = this.clock.instant();
		UUID eventId = this.events.create(TestEvents.draft(1, now), now);
		this.events.addQuestion(eventId, QuestionKind.DIETARY,
				Map.of(Language.FR, "Régime", Language.NL, "Dieet", Language.EN, "Diet"), false, 0, now);
		Event event = this.events.byId(eventId).orElseThrow();
		UUID erased = person("erased");
		UUID waiting = person("waiting");
		this.registrations.register(eventId, erased, email(erased), "Zoë Example", 1, Language.EN,
				Map.of(event.questions().get(0).id(), "no nuts"), "I agree (test).", now);
		this.registrations.register(eventId, waiting, email(waiting), "Next", 1, Language.EN, Map.of(),
				"I agree (test).", now);

		List<PersonalData.Item> items = data.export(erased);
		assertThat(items).extracting(PersonalData.Item::value)
			.anySatisfy((v) -> assertThat(v).contains(event.text(Language.EN).title()).contains("CONFIRMED"))
			.contains("Zoë Example", "Diet: no nuts");

		data.erase(erased, now);
		Registration gone = this.registrations.ofPerson(erased).get(0);
		assertThat(gone.status()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(gone.name()).isNull();
		assertThat(this.registrations.answers(gone.id())).isEmpty();
		assertThat(data.export(erased)).extracting(PersonalData.Item::value).doesNotContain("Zoë Example");
		assertThat(this.registrations.ofPerson(waiting).get(0).status()).isEqualTo(RegistrationStatus.OFFERED);
		assertThat(data.forgetUnconfirmed(now.plus(Duration.ofDays(30)))).isZero();
	}

	@Test
	void sixMonthsAfterAnEventOnlyItsCountsRemain() {
		Instant now = this.clock.instant();
		UUID eventId = this.events.create(TestEvents.draft(10, now), now);
		UUID person = person("past");
		this.registrations.register(eventId, person, email(person), "Past Person", 2, Language.FR, Map.of(),
				"J’accepte (test).", now);
		Event event = this.events.byId(eventId).orElseThrow();
		this.retention.forgetPast(event.endsAt().toInstant().plus(Duration.ofDays(170)));
		assertThat(this.registrations.ofPerson(person).get(0).name()).isEqualTo("Past Person");
		this.retention.forgetPast(event.endsAt().toInstant().plus(Duration.ofDays(190)));
		Registration kept = this.registrations.ofPerson(person).get(0);
		assertThat(kept.name()).isNull();
		assertThat(kept.seats()).isEqualTo(2);
		assertThat(this.registrations.places(event).confirmed()).isEqualTo(2);
	}

	private UUID person(String who) {
		return this.people.person(EmailAddress.parse(who + "." + UUID.randomUUID() + "@example.org").orElseThrow(),
				Language.EN, this.clock.instant());
	}

	private EmailAddress email(UUID person) {
		return this.people.email(person).orElseThrow();
	}

}
