package org.vigie.mobilisation.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigie.TestClock;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many people registering at the same moment for a small event: the event's row lock
 * hands out exactly its places, and a cancellation offers exactly one freed place.
 */
@MobilisationTest
class RegistrationsConcurrencyTest {

	@Autowired
	private EventStore events;

	@Autowired
	private Registrations registrations;

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
	void twoHundredAtOnceForFiftyPlacesGiveFiftyConfirmedAndOneHundredFiftyWaiting() throws Exception {
		warmUp();
		UUID eventId = this.events.create(TestEvents.draft(50, this.clock.instant()), this.clock.instant());
		List<Callable<RegistrationStatus>> calls = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			EmailAddress email = EmailAddress.parse("crowd." + UUID.randomUUID() + "@example.org").orElseThrow();
			UUID person = this.people.person(email, Language.FR, this.clock.instant());
			calls.add(() -> this.registrations.register(eventId, person, email, "P", 1, Language.FR, Map.of(),
					"I agree (test).", this.clock.instant()));
		}
		ExecutorService pool = Executors.newFixedThreadPool(32);
		List<RegistrationStatus> statuses = new ArrayList<>();
		try {
			for (Future<RegistrationStatus> future : pool.invokeAll(calls)) {
				statuses.add(future.get());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(statuses).filteredOn((s) -> s == RegistrationStatus.CONFIRMED).hasSize(50);
		assertThat(statuses).filteredOn((s) -> s == RegistrationStatus.WAITLISTED).hasSize(150);
		Event event = this.events.byId(eventId).orElseThrow();
		Places places = this.registrations.places(event);
		assertThat(places.confirmed()).isEqualTo(50);
		assertThat(places.waiting()).isEqualTo(150);
		assertThat(places.full()).isTrue();
	}

	/**
	 * One registration elsewhere first, so that the consent's wording is already known
	 * and the burst below measures only how places are handed out.
	 */
	private void warmUp() {
		UUID other = this.events.create(TestEvents.draft(5, this.clock.instant()), this.clock.instant());
		EmailAddress email = EmailAddress.parse("warm." + UUID.randomUUID() + "@example.org").orElseThrow();
		UUID person = this.people.person(email, Language.FR, this.clock.instant());
		this.registrations.register(other, person, email, "P", 1, Language.FR, Map.of(), "I agree (test).",
				this.clock.instant());
	}

}
