package org.vigie.learning.offline;

import java.util.List;

/**
 * What a batch of offline answers did, answer by answer in the order sent, with the
 * totals.
 *
 * @param applied how many were applied now
 * @param alreadyApplied how many had been applied before (the device sent them again)
 * @param refused how many were refused; they changed nothing
 * @param results each answer's fate
 */
record SyncReport(int applied, int alreadyApplied, int refused, List<Result> results) {

	static final String APPLIED = "applied";

	static final String ALREADY_APPLIED = "alreadyApplied";

	static final String REFUSED = "refused";

	static SyncReport of(List<Result> results) {
		return new SyncReport(count(results, APPLIED), count(results, ALREADY_APPLIED), count(results, REFUSED),
				List.copyOf(results));
	}

	private static int count(List<Result> results, String status) {
		return (int) results.stream().filter((result) -> status.equals(result.status())).count();
	}

	/**
	 * One answer's fate.
	 *
	 * @param id the device's id for it
	 * @param status {@code applied}, {@code alreadyApplied} or {@code refused}
	 * @param reason why it was refused ({@code NOT_DUE}, {@code BAD_TIME}…), else
	 * {@code null}
	 * @param message the reason in the learner's language, else {@code null}
	 * @param right whether an answer applied now was right, else {@code null}
	 * @param due when the card comes back after an answer applied now, else {@code null}
	 */
	record Result(String id, String status, String reason, String message, Boolean right, String due) {

	}

}
