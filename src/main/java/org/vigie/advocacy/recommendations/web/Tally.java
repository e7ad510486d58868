package org.vigie.advocacy.recommendations.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigie.advocacy.recommendations.Addressee;
import org.vigie.advocacy.recommendations.Recommendation;
import org.vigie.advocacy.recommendations.Stage;

/**
 * What became of the recommendations, counted: how many are at each status, and for each
 * addressee how many at each status.
 *
 * @param stages the count per status, every status present
 * @param rows one row per addressee that has recommendations
 * @param total how many recommendations in all
 */
public record Tally(Map<Stage, Integer> stages, List<Row> rows, int total) {

	static Tally of(List<Recommendation> recommendations) {
		Map<Stage, Integer> stages = zero();
		Map<String, Row> rows = new LinkedHashMap<>();
		for (Recommendation recommendation : recommendations) {
			stages.merge(recommendation.stage(), 1, Integer::sum);
			rows.computeIfAbsent(recommendation.addressee().code(),
					(code) -> new Row(recommendation.addressee(), zero()))
				.counts()
				.merge(recommendation.stage(), 1, Integer::sum);
		}
		List<Row> sorted = new ArrayList<>(rows.values());
		sorted.sort(java.util.Comparator.comparing((Row row) -> row.addressee().tier())
			.thenComparing((row) -> row.addressee().code()));
		return new Tally(stages, sorted, recommendations.size());
	}

	private static Map<Stage, Integer> zero() {
		Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			counts.put(stage, 0);
		}
		return counts;
	}

	/**
	 * One addressee's counts.
	 *
	 * @param addressee the addressee
	 * @param counts how many recommendations at each status
	 */
	public record Row(Addressee addressee, Map<Stage, Integer> counts) {

		public int total() {
			return this.counts.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

}
