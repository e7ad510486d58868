package org.vigie.mobilisation.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.TestClock;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The waiting list's rules ({@link WaitingListInvariants}) against the real service on
 * the database, over random sequences (seeded, so a failure can be replayed) of
 * registrations, priorities, cancellations and offer answers made with the links the
 * emails carry, and expiries; and concurrent cancellations, each of which offers exactly
 * the places it frees.
 */
@MobilisationTest
class WaitingListServiceTest {

	private static final Pattern CANCEL = Pattern.compile("/r/([A-Za-z0-9_-]{43})");

	private static final Pattern OFFER = Pattern.compile("/o/([A-Za-z0-9_-]{43})");

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

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
	void theRulesHoldOverRandomSequencesOnTheRealService() {
		for (long seed = 1; seed <= 12; seed++) {
			play(seed);
		}
	}

	@Test
	void cancellingPromotesExactlyTheFreedPlacesEvenAllAtOnce() throws Exception {
		Instant now = this.clock.instant();
		UUID eventId = this.events.create(TestEvents.draft(10, now), now);
		List<String> emails = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			emails.add(register(eventId, 1, now));
		}
		Event event = this.events.byId(eventId).orElseThrow();
		assertThat(this.registrations.places(event).confirmed()).isEqualTo(10);
		String first = emails.get(0);
		this.registrations.cancel(token(first, CANCEL).orElseThrow(), "Cancel (test)", Language.EN, now);
		assertThat(this.registrations.places(event).offered()).isEqualTo(1);
		assertThat(this.registrations.of(eventId)
			.stream()
			.filter((r) -> r.status() == RegistrationStatus.OFFERED)
			.map(Registration::queueNo)
			.toList()).containsExactly(11L);

		List<Thread> threads = new ArrayList<>();
		for (String email : emails.subList(1, 9)) {
			String token = token(email, CANCEL).orElseThrow();
			threads.add(Thread.ofPlatform()
				.start(() -> this.registrations.cancel(token, "Cancel (test)", Language.EN, now)));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		Places places = this.registrations.places(event);
		assertThat(places.confirmed()).isEqualTo(1);
		assertThat(places.offered()).isEqualTo(9);
		assertThat(places.waiting()).isEqualTo(11);
		assertThat(this.registrations.of(eventId)
			.stream()
			.filter((r) -> r.status() == RegistrationStatus.OFFERED)
			.map(Registration::queueNo)
			.toList()).containsExactlyInAnyOrder(11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L);
	}

	private void play(long seed) {
		Random random = new Random(seed);
		Instant now = this.clock.instant();
		int capacity = 1 + random.nextInt(8);
		UUID eventId = this.events.create(TestEvents.draft(capacity, now), now);
		Map<UUID, String> emails = new LinkedHashMap<>();
		Map<UUID, Integer> requested = new HashMap<>();
		Set<UUID> ended = new HashSet<>();
		for (int step = 0; step < 30; step++) {
			Map<UUID, Allocation.Entry> before = state(eventId);
			List<UUID> ids = new ArrayList<>(before.keySet());
			UUID picked = ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
			int kind = random.nextInt(12);
			String what;
			if (kind < 5 || picked == null) {
				int seats = 1 + random.nextInt(4);
				String email = register(eventId, seats, now);
				UUID id = this.registrations.ofPerson(person(email)).get(0).id();
				emails.put(id, email);
				requested.put(id, seats);
				what = "register " + seats;
			}
			else if (kind < 8) {
				this.registrations.cancel(token(emails.get(picked), CANCEL).orElseThrow(), "Cancel (test)", Language.EN,
						now);
				what = "cancel";
			}
			else if (kind < 10) {
				Optional<String> offer = token(emails.get(picked), OFFER);
				offer.ifPresent((token) -> this.registrations.accept(token, this.clock.instant()));
				what = "accept";
			}
			else if (kind < 11) {
				Optional<String> offer = token(emails.get(picked), OFFER);
				if (offer.isPresent()) {
					this.registrations.decline(offer.get(), now);
				}
				what = "decline";
			}
			else {
				if (before.get(picked).status() == RegistrationStatus.WAITLISTED) {
					this.registrations.prioritise(picked, 1 + random.nextInt(2), now);
				}
				else {
					now = now.plus(Duration.ofHours(49));
					this.registrations.expireOffers(now);
					Instant at = now;
					assertThat(this.registrations.of(eventId))
						.noneMatch((r) -> r.status() == RegistrationStatus.OFFERED && !r.offerExpiresAt().isAfter(at));
				}
				what = "priority or expiry";
			}
			Map<UUID, Allocation.Entry> after = state(eventId);
			after.forEach((id, entry) -> {
				if (!entry.status().active()) {
					ended.add(id);
				}
			});
			try {
				WaitingListInvariants.check(capacity, before, after, ended, requested);
			}
			catch (AssertionError ex) {
				throw new AssertionError("seed " + seed + ", step " + step + " (" + what + "): " + ex.getMessage(), ex);
			}
		}
	}

	private Map<UUID, Allocation.Entry> state(UUID eventId) {
		Map<UUID, Allocation.Entry> state = new LinkedHashMap<>();
		for (Registration r : this.registrations.of(eventId)) {
			state.put(r.id(), new Allocation.Entry(r.id(), r.seats(), r.priority(), r.queueNo(), r.status()));
		}
		return state;
	}

	private String register(UUID eventId, int seats, Instant now) {
		String email = "list." + UUID.randomUUID() + "@example.org";
		EmailAddress address = EmailAddress.parse(email).orElseThrow();
		UUID person = this.people.person(address, Language.EN, now);
		this.registrations.register(eventId, person, address, "P", seats, Language.EN, Map.of(), "I agree (test).",
				now);
		return email;
	}

	private UUID person(String email) {
		return this.people.find(EmailAddress.parse(email).orElseThrow()).orElseThrow();
	}

	/** The last link of that kind emailed to the address, read from the outbox. */
	private Optional<String> token(String email, Pattern pattern) {
		List<String> bodies = this.jdbc
			.sql("select body from notifications_outbox where recipient = ? order by id desc")
			.param(email)
			.query(String.class)
			.list();
		// An email the relay already delivered no longer has its body in the outbox: read
		// it as received, latest first.
		List<String> received = new ArrayList<>(new org.vigie.learning.reminders.Mailbox(mail).to(email)
			.stream()
			.map(org.vigie.learning.reminders.Mailbox::text)
			.toList());
		java.util.Collections.reverse(received);
		List<String> all = new ArrayList<>(bodies);
		all.addAll(received);
		for (String body : all) {
			Matcher matcher = pattern.matcher(body);
			if (matcher.find()) {
				return Optional.of(matcher.group(1));
			}
		}
		return Optional.empty();
	}

}
