package org.vigie.reporting.desk;

import java.time.Instant;

import org.vigie.reporting.reports.Deadlines;

/**
 * A report's next promise and whether it is overdue, as the list and the report's page
 * show it: in words and a sign, never by colour alone.
 *
 * @param kind which promise: {@code triage}, {@code acknowledge} or {@code feedback}, or
 * {@code none} when every promise was kept
 * @param at when it is due, or {@code null}
 * @param overdue whether any promise is overdue now
 */
record Due(String kind, Instant at, boolean overdue) {

	static Due of(Deadlines deadlines, Instant now) {
		Instant next = deadlines.next();
		String kind = "none";
		if (next != null) {
			kind = next.equals(deadlines.triageDue()) && deadlines.triaged() == null ? "triage"
					: next.equals(deadlines.acknowledgeDue()) && deadlines.acknowledged() == null ? "acknowledge"
							: "feedback";
		}
		return new Due(kind, next, deadlines.overdue(now));
	}

}
