package org.vigie.learning.study;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.vigie.learning.scheduler.Card;
import org.vigie.learning.scheduler.ReviewRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every review, kept whole so that FSRS parameters can later be fitted on pooled logs and
 * so that trainers can compare predicted recall with the answers actually given.
 */
@Component
public class ReviewLog {

	private final JdbcClient jdbc;

	ReviewLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(UUID deck, ReviewRecord review, int chosen, Double predictedRecall, String clientId,
			Instant recordedAt) {
		Card before = review.before();
		Card after = review.after();
		this.jdbc.sql("""
				insert into learning_review (id, learner_id, card_id, deck_id, reviewed_at, recorded_at, rating,
					chosen_option, elapsed_days, predicted_recall, state_before, step_before, stability_before,
					difficulty_before, due_before, state_after, step_after, stability_after, difficulty_after,
					due_after, client_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), review.learnerId(), review.cardId(), deck, Timestamp.from(review.reviewedAt()),
					Timestamp.from(recordedAt), review.rating().grade(), chosen,
					(int) Math.min(review.elapsedDays(), Integer.MAX_VALUE), predictedRecall, before.state().name(),
					before.step(), Schedules.stability(before), Schedules.difficulty(before),
					Timestamp.from(before.due()), after.state().name(), after.step(), Schedules.stability(after),
					Schedules.difficulty(after), Timestamp.from(after.due()), clientId)
			.update();
	}

	/** Whether a review sent by a device was already applied. */
	boolean applied(UUID learner, String clientId) {
		return this.jdbc.sql("select count(*) from learning_review where learner_id = ? and client_id = ?")
			.params(learner, clientId)
			.query(Long.class)
			.single() > 0;
	}

	/** How many new cards of a deck a learner started since {@code since}. */
	public int newCardsSince(UUID learner, UUID deck, Instant since) {
		return this.jdbc.sql("""
				select count(*) from learning_review where learner_id = ? and reviewed_at >= ? and deck_id = ?
					and state_before = 'NEW'""")
			.params(learner, Timestamp.from(since), deck)
			.query(Long.class)
			.single()
			.intValue();
	}

	/** The option a learner chose the last time they answered a card, and when. */
	public Optional<LastAnswer> last(UUID learner, UUID card) {
		return this.jdbc.sql("""
				select chosen_option, reviewed_at from learning_review where learner_id = ? and card_id = ?
				order by reviewed_at desc, recorded_at desc fetch first 1 rows only""")
			.params(learner, card)
			.query((rs, row) -> new LastAnswer(rs.getInt(1), rs.getTimestamp(2).toInstant()))
			.optional();
	}

	/**
	 * The last answer to a card.
	 *
	 * @param chosen the option chosen
	 * @param at when
	 */
	public record LastAnswer(int chosen, Instant at) {

	}

}
