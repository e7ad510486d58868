package org.vigie.learning.study;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.vigie.learning.scheduler.Card;
import org.vigie.learning.scheduler.CardState;
import org.vigie.learning.scheduler.MemoryState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Learners' schedules, one row per learner and card they have answered at least once. A
 * card without a row is new.
 */
@Component
public class Schedules {

	private static final String COLUMNS = "card_id, deck_id, state, step, stability, difficulty, due_at, last_review_at, reps, lapses";

	private final JdbcClient jdbc;

	Schedules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A learner's schedule for a card, locked until the transaction ends. */
	Optional<Scheduled> lock(UUID learner, UUID card) {
		return this.jdbc
			.sql("select " + COLUMNS + " from learning_schedule where learner_id = ? and card_id = ? for update")
			.params(learner, card)
			.query(Schedules::scheduled)
			.optional();
	}

	/** A learner's schedule for a card. */
	public Optional<Scheduled> of(UUID learner, UUID card) {
		return this.jdbc.sql("select " + COLUMNS + " from learning_schedule where learner_id = ? and card_id = ?")
			.params(learner, card)
			.query(Schedules::scheduled)
			.optional();
	}

	/** Every card of a deck a learner has answered. */
	public List<Scheduled> ofDeck(UUID learner, UUID deck) {
		return this.jdbc.sql("select " + COLUMNS + " from learning_schedule where learner_id = ? and deck_id = ?")
			.params(learner, deck)
			.query(Schedules::scheduled)
			.list();
	}

	void insert(UUID learner, Scheduled scheduled) {
		Card card = scheduled.card();
		this.jdbc
			.sql("insert into learning_schedule (learner_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(learner, scheduled.cardId(), scheduled.deckId(), card.state().name(), card.step(), stability(card),
					difficulty(card), Timestamp.from(card.due()), timestamp(card.lastReview()), scheduled.reps(),
					scheduled.lapses())
			.update();
	}

	void update(UUID learner, Scheduled scheduled) {
		Card card = scheduled.card();
		this.jdbc.sql("""
				update learning_schedule set state = ?, step = ?, stability = ?, difficulty = ?, due_at = ?,
					last_review_at = ?, reps = ?, lapses = ? where learner_id = ? and card_id = ?""")
			.params(card.state().name(), card.step(), stability(card), difficulty(card), Timestamp.from(card.due()),
					timestamp(card.lastReview()), scheduled.reps(), scheduled.lapses(), learner, scheduled.cardId())
			.update();
	}

	/**
	 * Brings forward every learnt card of a deck due after {@code booster} to that time.
	 */
	int bringForward(UUID learner, UUID deck, Instant booster) {
		return this.jdbc.sql("""
				update learning_schedule set due_at = ? where learner_id = ? and deck_id = ? and state = ?
					and due_at > ? and last_review_at < ?""")
			.params(Timestamp.from(booster), learner, deck, CardState.REVIEW.name(), Timestamp.from(booster),
					Timestamp.from(booster))
			.update();
	}

	static Double stability(Card card) {
		return (card.memory() != null) ? card.memory().stability() : null;
	}

	static Double difficulty(Card card) {
		return (card.memory() != null) ? card.memory().difficulty() : null;
	}

	static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static Scheduled scheduled(ResultSet rs, int row) throws SQLException {
		CardState state = CardState.valueOf(rs.getString(3));
		double stability = rs.getDouble(5);
		MemoryState memory = rs.wasNull() ? null : new MemoryState(stability, rs.getDouble(6));
		Timestamp last = rs.getTimestamp(8);
		Card card = new Card(state, rs.getInt(4), memory, rs.getTimestamp(7).toInstant(),
				(last != null) ? last.toInstant() : null);
		return new Scheduled(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), card, rs.getInt(9),
				rs.getInt(10));
	}

}
