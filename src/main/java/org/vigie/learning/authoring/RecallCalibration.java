package org.vigie.learning.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How well the schedule's predictions hold: reviews grouped by the recall the scheduler
 * predicted when the card was shown, with the share actually answered right, and the
 * retention achieved on learnt cards against the deck's target. First answers have no
 * prediction and are left out.
 */
@Component
class RecallCalibration {

	/** The bins' upper bounds; the last bin ends at 1 included. */
	static final double[] BOUNDS = { 0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0 };

	private final JdbcClient jdbc;

	RecallCalibration(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The bins of one deck, or of every deck when {@code deck} is {@code null}; every bin
	 * is listed, empty ones with no review.
	 */
	List<Bin> bins(UUID deck) {
		StringBuilder bin = new StringBuilder("case");
		for (int i = 0; i < BOUNDS.length - 1; i++) {
			bin.append(" when predicted_recall < ").append(BOUNDS[i]).append(" then ").append(i);
		}
		bin.append(" else ").append(BOUNDS.length - 1).append(" end");
		String sql = "select bin, count(*), avg(p), sum(r) from (select " + bin + " as bin, predicted_recall as p, "
				+ "case when rating >= 3 then 1 else 0 end as r from learning_review where predicted_recall is not null"
				+ ((deck != null) ? " and deck_id = ?" : "") + ") reviews group by bin";
		var statement = this.jdbc.sql(sql);
		if (deck != null) {
			statement = statement.param(deck);
		}
		Map<Integer, Bin> found = new HashMap<>();
		statement.query((rs, row) -> {
			int index = rs.getInt(1);
			return found.put(index, bin(index, rs.getLong(2), rs.getDouble(3), rs.getLong(4)));
		}).list();
		List<Bin> bins = new ArrayList<>();
		for (int i = 0; i < BOUNDS.length; i++) {
			bins.add(found.getOrDefault(i, bin(i, 0, 0, 0)));
		}
		return bins;
	}

	/** The retention achieved on learnt cards, deck by deck. */
	Map<UUID, Retention> retention() {
		Map<UUID, Retention> achieved = new HashMap<>();
		this.jdbc.sql("""
				select deck_id, count(*), sum(case when rating >= 3 then 1 else 0 end), avg(predicted_recall)
				from learning_review where state_before = 'REVIEW' and predicted_recall is not null
				group by deck_id""")
			.query((rs, row) -> achieved.put(rs.getObject(1, UUID.class),
					new Retention(rs.getLong(2), rs.getLong(3), rs.getDouble(4))))
			.list();
		return achieved;
	}

	private static Bin bin(int index, long reviews, double meanPredicted, long right) {
		return new Bin((index == 0) ? 0 : BOUNDS[index - 1], BOUNDS[index], reviews, meanPredicted, right);
	}

	/**
	 * Reviews whose predicted recall was in {@code [from, to)} ({@code to} included for
	 * the last bin).
	 *
	 * @param from the lower bound
	 * @param to the upper bound
	 * @param reviews how many
	 * @param meanPredicted their mean predicted recall
	 * @param right how many were answered right
	 */
	record Bin(double from, double to, long reviews, double meanPredicted, long right) {

		/** The share answered right, or {@code null} with no review. */
		public Double actual() {
			return (this.reviews == 0) ? null : (double) this.right / this.reviews;
		}

	}

	/**
	 * The answers to learnt cards of one deck.
	 *
	 * @param reviews how many
	 * @param right how many were right
	 * @param meanPredicted the mean recall predicted for them
	 */
	record Retention(long reviews, long right, double meanPredicted) {

		/** The share answered right: the retention achieved. */
		public double achieved() {
			return (double) this.right / this.reviews;
		}

	}

}
