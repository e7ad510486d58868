package org.vigie.learning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes schedule and review rows as the study code would, with the values a test needs
 * (a due time, a predicted recall, a rating), to check the queries that read them.
 */
public final class LearningRows {

	private final JdbcClient jdbc;

	public LearningRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A learner's schedule of one card, due at {@code due}. */
	public void schedule(UUID learner, UUID deck, UUID card, String state, Instant due) {
		this.jdbc.sql("""
				insert into learning_schedule (learner_id, card_id, deck_id, state, step, stability, difficulty,
				due_at, last_review_at, reps, lapses) values (?, ?, ?, ?, 0, 3.0, 5.0, ?, ?, 1, 0)""")
			.params(learner, card, deck, state, Timestamp.from(due), Timestamp.from(due.minusSeconds(86400)))
			.update();
	}

	/**
	 * A review of one card.
	 * @param predicted the recall predicted, or {@code null} for a first answer
	 * @param rating 1 (wrong) or 3 (right)
	 */
	public void review(UUID learner, UUID deck, UUID card, Instant at, Instant recorded, String stateBefore,
			Double predicted, int rating, int chosen) {
		this.jdbc
			.sql("""
					insert into learning_review (id, learner_id, card_id, deck_id, reviewed_at, recorded_at, rating,
					chosen_option, elapsed_days, predicted_recall, state_before, step_before, stability_before,
					difficulty_before, due_before, state_after, step_after, stability_after, difficulty_after, due_after,
					client_id) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0, null, null, ?, 'REVIEW', 0, 3.0, 5.0, ?, null)""")
			.params(UUID.randomUUID(), learner, card, deck, Timestamp.from(at), Timestamp.from(recorded), rating,
					chosen, predicted, stateBefore, Timestamp.from(at), Timestamp.from(at.plusSeconds(86400)))
			.update();
	}

	/** A review recorded when it was given. */
	public void review(UUID learner, UUID deck, UUID card, Instant at, String stateBefore, Double predicted,
			int rating) {
		review(learner, deck, card, at, at, stateBefore, predicted, rating, 0);
	}

}
