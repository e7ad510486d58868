package org.vigie.mobilisation.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.mobilisation.confirm.MailAllowance;
import org.vigie.mobilisation.consent.ConsentLedger;
import org.vigie.mobilisation.consent.Purpose;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * Registrations and the waiting list. Every change to an event's registrations takes the
 * event's row lock first ({@link EventStore#lock}), so two registrations, or a
 * registration and a cancellation, are never decided on the same count of places; the
 * rules themselves are {@link Allocation}'s.
 * <p>
 * A registration takes its places (or its rank on the waiting list) at once: there is no
 * confirmation link. The email that says so carries a link to cancel, so someone
 * registered by a stranger cancels in one click; it counts in the address's daily share
 * of confirmation emails ({@link MailAllowance}), like every other form's. Registering
 * again with the same address changes nothing and gets the same answer on the page (and
 * an email saying where the registration stands, with a fresh cancel link, within the
 * same daily share). A cancellation is final: that person is never offered places for
 * that event again.
 */
@Component
public class Registrations {

	/** Where a link led. */
	public enum Outcome {

		/** It did what it says now. */
		DONE,

		/** It had already been done; nothing changed. */
		ALREADY_DONE,

		/** The offer expired; nothing changed. */
		EXPIRED,

		/** The registration is no longer in a state where it applies. */
		NOT_AVAILABLE

	}

	/**
	 * A registration as a link opens it.
	 *
	 * @param registration the registration
	 * @param event its event
	 */
	public record Opened(Registration registration, Event event) {
	}

	private final JdbcClient jdbc;

	private final EventStore events;

	private final RegistrationLinks links;

	private final RegistrationMails mails;

	private final MailAllowance allowance;

	private final People people;

	private final SiteProperties site;

	private final ConsentLedger consents;

	Registrations(JdbcClient jdbc, EventStore events, RegistrationLinks links, RegistrationMails mails,
			MailAllowance allowance, People people, SiteProperties site, ConsentLedger consents) {
		this.consents = consents;
		this.jdbc = jdbc;
		this.events = events;
		this.links = links;
		this.mails = mails;
		this.allowance = allowance;
		this.people = people;
		this.site = site;
	}

	/**
	 * Registers a person (found with {@link People#person} before this transaction) for
	 * an event: confirmed when all the seats fit, else waitlisted; a second registration
	 * of the same person changes nothing.
	 * @param answers the answers to the event's questions, by question
	 * @param consent the exact wording of the participation consent the person ticked
	 * @return the registration's status
	 * @throws RegistrationRefused when the event is closed or the registration invalid
	 */
	@Transactional
	public RegistrationStatus register(UUID eventId, UUID personId, EmailAddress email, String name, int seats,
			Language language, Map<UUID, String> answers, String consent, Instant now) {
		this.events.lock(eventId);
		Event event = this.events.byId(eventId)
			.orElseThrow(() -> new RegistrationRefused("mobilisation.events.refused.closed"));
		if (!event.open(now)) {
			throw new RegistrationRefused("mobilisation.events.refused.closed");
		}
		check(event, seats, answers);
		Optional<Registration> existing = byPerson(eventId, personId);
		if (existing.isPresent()) {
			again(event, existing.get(), email, now);
			return existing.get().status();
		}
		List<Allocation.Entry> entries = entries(eventId);
		boolean confirmed = Allocation.confirmsAtOnce(event.capacity(), entries, seats);
		long queueNo = entries.stream().mapToLong(Allocation.Entry::queueNo).max().orElse(0) + 1;
		UUID id = UUID.randomUUID();
		RegistrationStatus status = confirmed ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
		this.jdbc.sql("""
				insert into mobilisation_events_registration (id, event_id, person_id, queue_no, display_name, seats,
					priority, language, status, registered_at, confirmed_at)
				values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""")
			.params(id, eventId, personId, queueNo, name, seats, language.code(), status.name(), ts(now),
					confirmed ? ts(now) : null)
			.update();
		answers.forEach((question, answer) -> this.jdbc
			.sql("insert into mobilisation_events_answer (registration_id, question_id, answer) values (?, ?, ?)")
			.params(id, question, answer)
			.update());
		this.consents.confirmed(personId, Purpose.PARTICIPATION, subject(event), consent, language, now);
		Registration registration = find(id).orElseThrow();
		if (this.allowance.take(this.people.hash(email), today(now))) {
			this.mails.registered(event, registration, email,
					this.links.issue(id, RegistrationLinks.Purpose.CANCEL, null, now));
		}
		return status;
	}

	/** What a cancel or offer link opens, if the token is one. */
	public Optional<Opened> open(String token, RegistrationLinks.Purpose purpose) {
		return this.links.find(token, purpose)
			.flatMap((link) -> find(link.registrationId()))
			.flatMap((registration) -> this.events.byId(registration.eventId())
				.map((event) -> new Opened(registration, event)));
	}

	/**
	 * Cancels the registration of a cancel link; its places go to the waiting list, and
	 * the participation consent is withdrawn.
	 * @param wording the exact wording of the cancel page's button, in its language
	 * @return what happened, or empty when the token is unknown
	 */
	@Transactional
	public Optional<Outcome> cancel(String token, String wording, Language language, Instant now) {
		Optional<RegistrationLinks.Link> link = this.links.find(token, RegistrationLinks.Purpose.CANCEL);
		if (link.isEmpty()) {
			return Optional.empty();
		}
		Registration before = find(link.get().registrationId()).orElseThrow();
		this.events.lock(before.eventId());
		Registration registration = find(before.id()).orElseThrow();
		if (!registration.status().active()) {
			return Optional.of(Outcome.ALREADY_DONE);
		}
		Event event = this.events.byId(registration.eventId()).orElseThrow();
		if (event.past(now)) {
			return Optional.of(Outcome.NOT_AVAILABLE);
		}
		end(registration.id(), RegistrationStatus.CANCELLED, now);
		this.consents.withdrawn(registration.personId(), Purpose.PARTICIPATION, subject(event), wording, language, now);
		this.people.email(registration.personId())
			.ifPresent((email) -> this.mails.cancelled(event, find(registration.id()).orElseThrow(), email));
		allocate(event, now);
		return Optional.of(Outcome.DONE);
	}

	/**
	 * Accepts the places of an offer link, while the offer holds.
	 * @return what happened, or empty when the token is unknown
	 */
	@Transactional
	public Optional<Outcome> accept(String token, Instant now) {
		return answerOffer(token, true, now);
	}

	/**
	 * Turns down the places of an offer link; they go to the next on the list.
	 * @return what happened, or empty when the token is unknown
	 */
	@Transactional
	public Optional<Outcome> decline(String token, Instant now) {
		return answerOffer(token, false, now);
	}

	/**
	 * Ends the offers left unanswered past their time and offers their places to the next
	 * on each list.
	 * @return the number of offers ended
	 */
	@Transactional
	public int expireOffers(Instant now) {
		List<UUID> eventIds = this.jdbc.sql("""
				select distinct event_id from mobilisation_events_registration
				where status = 'OFFERED' and offer_expires_at <= ?""").param(ts(now)).query(UUID.class).list();
		int expired = 0;
		for (UUID eventId : eventIds) {
			this.events.lock(eventId);
			expired += expire(eventId, now);
			this.events.byId(eventId).ifPresent((event) -> allocate(event, now));
		}
		return expired;
	}

	/**
	 * Looks again for places to offer on an event (after staff changed its capacity or a
	 * priority).
	 */
	@Transactional
	public void reallocate(UUID eventId, Instant now) {
		this.events.lock(eventId);
		this.events.byId(eventId).ifPresent((event) -> allocate(event, now));
	}

	/**
	 * Calls an event off and tells everyone registered (confirmed, offered or waiting).
	 * @return whether it was scheduled until now
	 */
	@Transactional
	public boolean cancelEvent(UUID eventId, Instant now) {
		this.events.lock(eventId);
		if (!this.events.cancel(eventId, now)) {
			return false;
		}
		Event event = this.events.byId(eventId).orElseThrow();
		for (Registration registration : of(eventId)) {
			if (registration.status().active()) {
				this.people.email(registration.personId())
					.ifPresent((email) -> this.mails.eventCancelled(event, registration, email));
			}
		}
		return true;
	}

	/**
	 * Cancels, without email, every registration of a person to events to come (when they
	 * ask to be erased); their places go to the people waiting.
	 */
	@Transactional
	public void cancelAll(UUID personId, Instant now) {
		for (Registration registration : ofPerson(personId)) {
			this.events.lock(registration.eventId());
			Event event = this.events.byId(registration.eventId()).orElseThrow();
			Registration current = find(registration.id()).orElseThrow();
			if (current.status().active() && !event.past(now)) {
				end(current.id(), RegistrationStatus.CANCELLED, now);
				allocate(event, now);
			}
		}
	}

	/** Sets the priority of a registration on the waiting list (staff). */
	@Transactional
	public void prioritise(UUID registrationId, int priority, Instant now) {
		Registration registration = find(registrationId).orElseThrow();
		this.events.lock(registration.eventId());
		this.jdbc.sql("update mobilisation_events_registration set priority = ? where id = ?")
			.params(Math.max(0, Math.min(9, priority)), registrationId)
			.update();
		this.events.byId(registration.eventId()).ifPresent((event) -> allocate(event, now));
	}

	/**
	 * Marks a confirmed registration as arrived at the door.
	 * @return whether it changed (false when already checked in or not confirmed)
	 */
	@Transactional
	public boolean checkIn(UUID registrationId, Instant now) {
		return this.jdbc.sql("""
				update mobilisation_events_registration set checked_in_at = ?
				where id = ? and status = 'CONFIRMED' and checked_in_at is null""")
			.params(ts(now), registrationId)
			.update() == 1;
	}

	/** An event's registrations, in order of arrival. */
	public List<Registration> of(UUID eventId) {
		return this.jdbc.sql("select * from mobilisation_events_registration where event_id = ? order by queue_no")
			.param(eventId)
			.query((rs, row) -> registration(rs))
			.list();
	}

	/** A person's registrations, in order of arrival. */
	public List<Registration> ofPerson(UUID personId) {
		return this.jdbc
			.sql("select * from mobilisation_events_registration where person_id = ? order by registered_at")
			.param(personId)
			.query((rs, row) -> registration(rs))
			.list();
	}

	public Optional<Registration> find(UUID registrationId) {
		return this.jdbc.sql("select * from mobilisation_events_registration where id = ?")
			.param(registrationId)
			.query((rs, row) -> registration(rs))
			.optional();
	}

	/** The answers of a registration, by question. */
	public Map<UUID, String> answers(UUID registrationId) {
		Map<UUID, String> answers = new LinkedHashMap<>();
		this.jdbc.sql("select question_id, answer from mobilisation_events_answer where registration_id = ?")
			.param(registrationId)
			.query((ResultSet rs) -> {
				answers.put(rs.getObject("question_id", UUID.class), rs.getString("answer"));
			});
		return answers;
	}

	/** How full an event is. */
	public Places places(Event event) {
		int[] seats = new int[RegistrationStatus.values().length];
		this.jdbc.sql("""
				select status, sum(seats) from mobilisation_events_registration where event_id = ? group by status""")
			.param(event.id())
			.query((ResultSet rs) -> {
				seats[RegistrationStatus.valueOf(rs.getString(1)).ordinal()] = rs.getInt(2);
			});
		return new Places(event.capacity(), seats[RegistrationStatus.CONFIRMED.ordinal()],
				seats[RegistrationStatus.OFFERED.ordinal()], seats[RegistrationStatus.WAITLISTED.ordinal()]);
	}

	private Optional<Outcome> answerOffer(String token, boolean accept, Instant now) {
		Optional<RegistrationLinks.Link> link = this.links.find(token, RegistrationLinks.Purpose.OFFER);
		if (link.isEmpty()) {
			return Optional.empty();
		}
		Registration before = find(link.get().registrationId()).orElseThrow();
		this.events.lock(before.eventId());
		Registration registration = find(before.id()).orElseThrow();
		Event event = this.events.byId(registration.eventId()).orElseThrow();
		if (registration.status() == RegistrationStatus.OFFERED && !now.isBefore(registration.offerExpiresAt())) {
			expire(event.id(), now);
			allocate(event, now);
			return Optional.of(Outcome.EXPIRED);
		}
		if (registration.status() != RegistrationStatus.OFFERED) {
			return Optional.of(switch (registration.status()) {
				case CONFIRMED -> accept ? Outcome.ALREADY_DONE : Outcome.NOT_AVAILABLE;
				case DECLINED -> accept ? Outcome.NOT_AVAILABLE : Outcome.ALREADY_DONE;
				case EXPIRED -> Outcome.EXPIRED;
				default -> Outcome.NOT_AVAILABLE;
			});
		}
		if (link.get().expired(now)) {
			return Optional.of(Outcome.EXPIRED);
		}
		if (event.status() == EventStatus.CANCELLED) {
			return Optional.of(Outcome.NOT_AVAILABLE);
		}
		if (accept) {
			this.jdbc.sql("""
					update mobilisation_events_registration set status = 'CONFIRMED', confirmed_at = ?
					where id = ? and status = 'OFFERED'""").params(ts(now), registration.id()).update();
			Registration confirmed = find(registration.id()).orElseThrow();
			this.people.email(registration.personId())
				.ifPresent((email) -> this.mails.accepted(event, confirmed, email,
						this.links.issue(registration.id(), RegistrationLinks.Purpose.CANCEL, null, now)));
		}
		else {
			end(registration.id(), RegistrationStatus.DECLINED, now);
			allocate(event, now);
		}
		return Optional.of(Outcome.DONE);
	}

	/** Offers the free places to the next on the list (the event's lock is held). */
	private void allocate(Event event, Instant now) {
		if (event.status() != EventStatus.SCHEDULED || !now.isBefore(event.startsAt().toInstant())) {
			return;
		}
		Instant expiresAt = now.plus(java.time.Duration.ofHours(event.offerHours()));
		if (expiresAt.isAfter(event.startsAt().toInstant())) {
			expiresAt = event.startsAt().toInstant();
		}
		for (UUID id : Allocation.offers(event.capacity(), entries(event.id()))) {
			this.jdbc.sql("""
					update mobilisation_events_registration set status = 'OFFERED', offered_at = ?, offer_expires_at = ?
					where id = ? and status = 'WAITLISTED'""").params(ts(now), ts(expiresAt), id).update();
			Registration offered = find(id).orElseThrow();
			String token = this.links.issue(id, RegistrationLinks.Purpose.OFFER, expiresAt, now);
			this.people.email(offered.personId())
				.ifPresent((email) -> this.mails.offered(event, offered, email, token));
		}
	}

	private int expire(UUID eventId, Instant now) {
		return this.jdbc.sql("""
				update mobilisation_events_registration set status = 'EXPIRED', cancelled_at = ?
				where event_id = ? and status = 'OFFERED' and offer_expires_at <= ?""")
			.params(ts(now), eventId, ts(now))
			.update();
	}

	private void end(UUID registrationId, RegistrationStatus status, Instant now) {
		this.jdbc.sql("update mobilisation_events_registration set status = ?, cancelled_at = ? where id = ?")
			.params(status.name(), ts(now), registrationId)
			.update();
	}

	private void again(Event event, Registration registration, EmailAddress email, Instant now) {
		if (registration.status().active() && this.allowance.take(this.people.hash(email), today(now))) {
			this.mails.reminded(event, registration, email,
					this.links.issue(registration.id(), RegistrationLinks.Purpose.CANCEL, null, now));
		}
	}

	private static void check(Event event, int seats, Map<UUID, String> answers) {
		if (seats < 1 || seats > Registration.MAX_SEATS) {
			throw new RegistrationRefused("mobilisation.events.refused.seats");
		}
		for (Map.Entry<UUID, String> answer : answers.entrySet()) {
			if (event.question(answer.getKey()).isEmpty()) {
				throw new RegistrationRefused("mobilisation.events.refused.question");
			}
			if (answer.getValue() == null || answer.getValue().length() > Question.MAX_ANSWER) {
				throw new RegistrationRefused("mobilisation.events.refused.answer");
			}
		}
		for (Question question : event.questions()) {
			if (question.required() && (answers.get(question.id()) == null || answers.get(question.id()).isBlank())) {
				throw new RegistrationRefused("mobilisation.events.refused.required");
			}
		}
	}

	private Optional<Registration> byPerson(UUID eventId, UUID personId) {
		return this.jdbc.sql("select * from mobilisation_events_registration where event_id = ? and person_id = ?")
			.params(eventId, personId)
			.query((rs, row) -> registration(rs))
			.optional();
	}

	private List<Allocation.Entry> entries(UUID eventId) {
		return this.jdbc
			.sql("""
					select id, seats, priority, queue_no, status from mobilisation_events_registration where event_id = ?""")
			.param(eventId)
			.query((rs, row) -> new Allocation.Entry(rs.getObject("id", UUID.class), rs.getInt("seats"),
					rs.getInt("priority"), rs.getLong("queue_no"), RegistrationStatus.valueOf(rs.getString("status"))))
			.list();
	}

	/** The subject of an event's participation consents in the ledger. */
	public static String subject(Event event) {
		return "event:" + event.key();
	}

	private LocalDate today(Instant now) {
		return LocalDate.ofInstant(now, this.site.timeZone());
	}

	private static Registration registration(ResultSet rs) throws SQLException {
		return new Registration(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
				rs.getObject("person_id", UUID.class), rs.getLong("queue_no"), rs.getString("display_name"),
				rs.getInt("seats"), rs.getInt("priority"),
				Language.fromCode(rs.getString("language")).orElse(Language.FR),
				RegistrationStatus.valueOf(rs.getString("status")), instant(rs, "registered_at"),
				instant(rs, "confirmed_at"), instant(rs, "offered_at"), instant(rs, "offer_expires_at"),
				instant(rs, "cancelled_at"), instant(rs, "checked_in_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static Timestamp ts(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
