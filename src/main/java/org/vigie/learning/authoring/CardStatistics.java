package org.vigie.learning.authoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.vigie.learning.decks.StudyCard;
import org.vigie.site.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How learners answer each card, counted from the review log: answers, the share of wrong
 * answers among first answers and among all answers, and lapses (a learnt card answered
 * wrong). Only counts leave the database; nothing names a learner.
 */
@Component
class CardStatistics {

	private final JdbcClient jdbc;

	CardStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How many answers each deck received since {@code since}. */
	Map<UUID, Long> answersSince(Instant since) {
		Map<UUID, Long> counts = new HashMap<>();
		this.jdbc.sql("select deck_id, count(*) from learning_review where reviewed_at >= ? group by deck_id")
			.param(Timestamp.from(since))
			.query((rs, row) -> counts.put(rs.getObject(1, UUID.class), rs.getLong(2)))
			.list();
		return counts;
	}

	/** The deck's current cards, the most often answered wrong first. */
	List<CardFigures> of(UUID deck, List<StudyCard> cards, Language language) {
		Map<UUID, long[]> counts = new HashMap<>();
		this.jdbc.sql("""
				select card_id, count(*),
					sum(case when rating = 1 then 1 else 0 end),
					sum(case when state_before = 'NEW' then 1 else 0 end),
					sum(case when state_before = 'NEW' and rating = 1 then 1 else 0 end),
					sum(case when state_before = 'REVIEW' and rating = 1 then 1 else 0 end)
				from learning_review where deck_id = ? group by card_id""")
			.param(deck)
			.query((rs, row) -> counts.put(rs.getObject(1, UUID.class),
					new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6) }))
			.list();
		return cards.stream().map((card) -> {
			long[] c = counts.getOrDefault(card.id(), new long[5]);
			return new CardFigures(card.id(), card.key(), card.text(language).prompt(), c[0], c[1], c[2], c[3], c[4]);
		})
			.sorted(Comparator.comparingDouble(CardFigures::sortKey)
				.reversed()
				.thenComparing(Comparator.comparingLong(CardFigures::answers).reversed()))
			.toList();
	}

	/**
	 * One card's figures.
	 *
	 * @param id the card
	 * @param key its key
	 * @param prompt its prompt in the trainer's language
	 * @param answers every answer given
	 * @param wrong the wrong ones among them
	 * @param firstAnswers the first answers (the card was new to the learner)
	 * @param firstWrong the wrong ones among them
	 * @param lapses wrong answers to a card the learner had learnt
	 */
	record CardFigures(UUID id, String key, String prompt, long answers, long wrong, long firstAnswers, long firstWrong,
			long lapses) {

		/** The share of wrong answers, or {@code null} with no answer. */
		public Double wrongShare() {
			return share(this.wrong, this.answers);
		}

		/** The share of wrong first answers, or {@code null} with none. */
		public Double firstWrongShare() {
			return share(this.firstWrong, this.firstAnswers);
		}

		private double sortKey() {
			return (this.answers == 0) ? -1 : (double) this.wrong / this.answers;
		}

		private static Double share(long part, long whole) {
			return (whole == 0) ? null : (double) part / whole;
		}

	}

}
