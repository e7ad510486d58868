package org.vigie.learning.study;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.decks.StudyCard;
import org.vigie.learning.learners.Learners;
import org.vigie.learning.scheduler.Card;
import org.vigie.learning.scheduler.CardScheduler;
import org.vigie.learning.scheduler.CardState;
import org.vigie.learning.scheduler.Rating;
import org.vigie.learning.scheduler.ReviewRecord;
import org.vigie.learning.scheduler.SchedulerSettings;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner going through a deck: which card comes next, what an answer does to its
 * schedule, the trip date. An answer is graded by the server (the right option is Good,
 * any other Again), applied once, to a card of this deck that is due, and recorded whole
 * in the {@link ReviewLog}; anything else is refused with {@link StudyRefused} and
 * changes nothing.
 */
@Service
public class Study {

	/** The most new cards a learner starts in one deck in one day. */
	public static final int NEW_CARDS_PER_DAY = 20;

	/** A card being learnt may be answered this much before it is due, as in Anki. */
	public static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

	/** How far in the future a device's clock may be. */
	public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	/** The oldest answer a device may send later. */
	public static final Duration OLDEST_OFFLINE = Duration.ofDays(60);

	/** The furthest trip date. */
	public static final int TRIP_HORIZON_DAYS = 366;

	private final DeckStore decks;

	private final Schedules schedules;

	private final ReviewLog log;

	private final ReviewTokens tokens;

	private final Learners learners;

	private final JdbcClient jdbc;

	private final ZoneId zone;

	Study(DeckStore decks, Schedules schedules, ReviewLog log, ReviewTokens tokens, Learners learners, JdbcClient jdbc,
			SiteProperties site) {
		this.decks = decks;
		this.schedules = schedules;
		this.log = log;
		this.tokens = tokens;
		this.learners = learners;
		this.jdbc = jdbc;
		this.zone = site.timeZone();
	}

	/** The zone days are counted in: new cards per day, trip dates. */
	public ZoneId zone() {
		return this.zone;
	}

	/**
	 * The next card to answer: the card due first, then a new card while the day's
	 * allowance lasts, then a card being learnt that is almost due.
	 * @param learner the learner, or {@code null} for someone who has not answered yet
	 * @param deck the deck
	 * @param now the time
	 * @return the question, or empty when nothing is due
	 */
	@Transactional(readOnly = true)
	public Optional<Question> next(UUID learner, Deck deck, Instant now) {
		List<StudyCard> cards = this.decks.cards(deck.id());
		if (learner == null) {
			return cards.stream()
				.findFirst()
				.map((card) -> new Question(card, this.tokens.of(null, card.id(), 0, null), true));
		}
		Map<UUID, Scheduled> scheduled = new HashMap<>();
		this.schedules.ofDeck(learner, deck.id()).forEach((row) -> scheduled.put(row.cardId(), row));
		Scheduled due = null;
		Scheduled learning = null;
		StudyCard fresh = null;
		for (StudyCard card : cards) {
			Scheduled row = scheduled.get(card.id());
			if (row == null) {
				fresh = (fresh != null) ? fresh : card;
			}
			else if (!row.card().due().isAfter(now)) {
				due = (due == null || row.card().due().isBefore(due.card().due())) ? row : due;
			}
			else if (isDue(row.card(), now) && (learning == null || row.card().due().isBefore(learning.card().due()))) {
				learning = row;
			}
		}
		if (due != null) {
			return Optional.of(question(learner, cards, due));
		}
		if (fresh != null && this.log.newCardsSince(learner, deck.id(), startOfDay(now)) < NEW_CARDS_PER_DAY) {
			return Optional.of(new Question(fresh, this.tokens.of(learner, fresh.id(), 0, null), true));
		}
		return Optional.ofNullable(learning).map((row) -> question(learner, cards, row));
	}

	private Question question(UUID learner, List<StudyCard> cards, Scheduled row) {
		StudyCard card = cards.stream()
			.filter((candidate) -> candidate.id().equals(row.cardId()))
			.findFirst()
			.orElseThrow();
		return new Question(card, this.tokens.of(learner, card.id(), row.reps(), row.card().lastReview()), false);
	}

	/**
	 * Applies an answer given on this site.
	 * @param learner the learner, or {@code null} for a first answer: a learner is then
	 * created
	 * @param language the language they answer in
	 * @param deck the deck
	 * @param cardId the card answered
	 * @param chosen the option chosen
	 * @param token the token of the question's form
	 * @param time the time
	 * @return what the answer did, and the new learner's device key for a first answer
	 * @throws StudyRefused when the answer cannot be applied; nothing changed
	 */
	@Transactional
	public Outcome answer(UUID learner, Language language, Deck deck, UUID cardId, int chosen, String token,
			Instant time) {
		// Databases keep microseconds: a time kept rounded up could come after the next
		// answer's.
		Instant now = time.truncatedTo(ChronoUnit.MICROS);
		StudyCard card = cardOf(deck, cardId, chosen);
		String deviceKey = null;
		if (learner == null) {
			if (!this.tokens.matches(token, null, cardId, 0, null)) {
				throw new StudyRefused(StudyRefused.Reason.ALREADY_ANSWERED);
			}
			Learners.NewLearner created = this.learners.create(language, now);
			learner = created.id();
			deviceKey = created.deviceKey();
			Answered answered = apply(learner, deck, card, chosen, now, now, null, Optional.empty());
			return new Outcome(answered, learner, deviceKey);
		}
		Optional<Scheduled> current = this.schedules.lock(learner, cardId);
		int reps = current.map(Scheduled::reps).orElse(0);
		Instant last = current.map((scheduled) -> scheduled.card().lastReview()).orElse(null);
		if (!this.tokens.matches(token, learner, cardId, reps, last)) {
			throw new StudyRefused(StudyRefused.Reason.ALREADY_ANSWERED);
		}
		this.learners.seen(learner, language, now);
		return new Outcome(apply(learner, deck, card, chosen, now, now, null, current), learner, null);
	}

	/**
	 * Applies an answer a device recorded while offline and sends now. Answers must come
	 * in the order they were given; one already applied (same {@code clientId}) is
	 * skipped, so a device may send the same batch twice.
	 * @param learner the learner
	 * @param deck the deck
	 * @param cardId the card answered
	 * @param chosen the option chosen
	 * @param answered when the device says it was answered
	 * @param clientId the device's id for this answer
	 * @param time the time
	 * @return what the answer did, or empty when it had already been applied
	 * @throws StudyRefused when it cannot be applied; nothing changed
	 */
	@Transactional
	public Optional<Answered> applyOffline(UUID learner, Deck deck, UUID cardId, int chosen, Instant answered,
			String clientId, Instant time) {
		Instant answeredAt = answered.truncatedTo(ChronoUnit.MICROS);
		Instant now = time.truncatedTo(ChronoUnit.MICROS);
		StudyCard card = cardOf(deck, cardId, chosen);
		if (this.log.applied(learner, clientId)) {
			return Optional.empty();
		}
		if (answeredAt.isAfter(now.plus(CLOCK_SKEW)) || answeredAt.isBefore(now.minus(OLDEST_OFFLINE))) {
			throw new StudyRefused(StudyRefused.Reason.BAD_TIME);
		}
		Instant at = answeredAt.isAfter(now) ? now : answeredAt;
		Optional<Scheduled> current = this.schedules.lock(learner, cardId);
		if (current.isPresent() && current.get().card().lastReview() != null
				&& !at.isAfter(current.get().card().lastReview())) {
			throw new StudyRefused(StudyRefused.Reason.BAD_TIME);
		}
		return Optional.of(apply(learner, deck, card, chosen, at, now, clientId, current));
	}

	private StudyCard cardOf(Deck deck, UUID cardId, int chosen) {
		StudyCard card = this.decks.card(deck.id(), cardId)
			.orElseThrow(() -> new StudyRefused(StudyRefused.Reason.NOT_IN_DECK));
		if (chosen < 0 || chosen >= card.optionCount()) {
			throw new StudyRefused(StudyRefused.Reason.BAD_CHOICE);
		}
		return card;
	}

	private Answered apply(UUID learner, Deck deck, StudyCard card, int chosen, Instant time, Instant now,
			String clientId, Optional<Scheduled> current) {
		// Another node, its clock a little behind, may answer after this card's last
		// review was recorded: the answer counts at that moment, not before it. (Answers
		// sent later from a device were already refused when before it.)
		Instant last = current.map((scheduled) -> scheduled.card().lastReview()).orElse(null);
		Instant at = (last != null && time.isBefore(last)) ? last : time;
		Card before = current.map(Scheduled::card).orElseGet(() -> Card.fresh(at));
		if (before.state() != CardState.NEW && !isDue(before, at)) {
			throw new StudyRefused(StudyRefused.Reason.NOT_DUE);
		}
		if (current.isEmpty() && this.log.newCardsSince(learner, deck.id(), startOfDay(at)) >= NEW_CARDS_PER_DAY) {
			throw new StudyRefused(StudyRefused.Reason.NOT_DUE);
		}
		CardScheduler scheduler = new CardScheduler(
				SchedulerSettings.defaults().withDesiredRetention(deck.desiredRetention()), new SplittableRandom());
		boolean right = card.isRight(chosen);
		Rating rating = right ? Rating.GOOD : Rating.AGAIN;
		Card after = scheduler.review(before, rating, at);
		Optional<TripPlan> trip = trip(learner, deck);
		if (trip.isPresent()) {
			after = trip.get().adjust(after, at);
		}
		Double predicted = (before.state() == CardState.NEW) ? null : scheduler.retrievability(before, at);
		int reps = current.map(Scheduled::reps).orElse(0) + 1;
		int lapses = current.map(Scheduled::lapses).orElse(0)
				+ ((before.state() == CardState.REVIEW && !right) ? 1 : 0);
		Scheduled next = new Scheduled(card.id(), deck.id(), after, reps, lapses);
		try {
			if (current.isPresent()) {
				this.schedules.update(learner, next);
			}
			else {
				this.schedules.insert(learner, next);
				enrol(learner, deck, at);
			}
			this.log.record(deck.id(), ReviewRecord.of(card.id(), learner, before, rating, at, after), chosen,
					predicted, clientId, now);
		}
		catch (DataIntegrityViolationException ex) {
			// Another request answered the same card at the same moment.
			throw new StudyRefused(StudyRefused.Reason.ALREADY_ANSWERED, ex);
		}
		return new Answered(card, chosen, right, after.due());
	}

	private static boolean isDue(Card card, Instant at) {
		if (!card.due().isAfter(at)) {
			return true;
		}
		boolean learning = card.state() == CardState.LEARNING || card.state() == CardState.RELEARNING;
		return learning && !card.due().isAfter(at.plus(LEARN_AHEAD));
	}

	private void enrol(UUID learner, Deck deck, Instant at) {
		boolean enrolled = this.jdbc.sql("select count(*) from learning_enrolment where learner_id = ? and deck_id = ?")
			.params(learner, deck.id())
			.query(Long.class)
			.single() > 0;
		if (!enrolled) {
			this.jdbc.sql("insert into learning_enrolment (learner_id, deck_id, started_at) values (?, ?, ?)")
				.params(learner, deck.id(), java.sql.Timestamp.from(at))
				.update();
		}
	}

	/** The learner's trip, if they set a date for this deck that is still ahead. */
	@Transactional(readOnly = true)
	public Optional<TripPlan> trip(UUID learner, Deck deck) {
		if (learner == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("select trip_date from learning_enrolment where learner_id = ? and deck_id = ?")
			.params(learner, deck.id())
			.query((rs, row) -> Optional.ofNullable(rs.getDate(1)).map(java.sql.Date::toLocalDate))
			.optional()
			.flatMap((date) -> date)
			.map((date) -> new TripPlan(date, this.zone));
	}

	/**
	 * Sets or clears the learner's departure date for a deck. Learnt cards due after its
	 * eve are brought forward to it at once.
	 * @param learner the learner
	 * @param deck the deck
	 * @param departure the day they leave, or {@code null} to clear it
	 * @param now the time
	 * @throws StudyRefused when the date is today or past, or more than a year ahead
	 */
	@Transactional
	public void setTrip(UUID learner, Deck deck, LocalDate departure, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, this.zone);
		if (departure != null && (!departure.isAfter(today) || departure.isAfter(today.plusDays(TRIP_HORIZON_DAYS)))) {
			throw new StudyRefused(StudyRefused.Reason.BAD_TRIP_DATE);
		}
		enrol(learner, deck, now);
		this.jdbc.sql("update learning_enrolment set trip_date = ? where learner_id = ? and deck_id = ?")
			.params((departure != null) ? java.sql.Date.valueOf(departure) : null, learner, deck.id())
			.update();
		if (departure != null) {
			TripPlan plan = new TripPlan(departure, this.zone);
			if (plan.booster().isAfter(now)) {
				this.schedules.bringForward(learner, deck.id(), plan.booster());
			}
		}
	}

	private Instant startOfDay(Instant now) {
		return LocalDate.ofInstant(now, this.zone).atStartOfDay(this.zone).toInstant();
	}

	/**
	 * What an answer on this site did.
	 *
	 * @param answered the feedback to show
	 * @param learner the learner
	 * @param newDeviceKey the key to give their browser when the answer created them,
	 * else {@code null}
	 */
	public record Outcome(Answered answered, UUID learner, String newDeviceKey) {

	}

}
