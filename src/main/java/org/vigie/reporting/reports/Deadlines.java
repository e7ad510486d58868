package org.vigie.reporting.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * The line's promises for a report: triage within 48 hours, acknowledgement to the
 * reporter within 7 days, feedback within 3 months. Each is met at a time, or due.
 *
 * @param triageDue when triage is due
 * @param triaged when it was triaged, or {@code null}
 * @param acknowledgeDue when acknowledgement is due, or {@code null} when the reporter
 * chose no contact
 * @param acknowledged when the reporter was first answered, or {@code null}
 * @param feedbackDue when feedback is due, or {@code null} when the reporter chose no
 * contact
 * @param fedBack when the report was forwarded or closed, or {@code null}
 */
public record Deadlines(Instant triageDue, Instant triaged, Instant acknowledgeDue, Instant acknowledged,
		Instant feedbackDue, Instant fedBack) {

	public static final Duration TRIAGE = Duration.ofHours(48);

	public static final Duration ACKNOWLEDGE = Duration.ofDays(7);

	public static final Period FEEDBACK = Period.ofMonths(3);

	/** The deadlines of a report received at a time. */
	static Deadlines of(Instant received, FollowUp followUp, Instant triaged, Instant acknowledged, Instant fedBack) {
		boolean contact = followUp.hasReceipt();
		return new Deadlines(received.plus(TRIAGE), triaged, contact ? received.plus(ACKNOWLEDGE) : null, acknowledged,
				contact ? received.atOffset(ZoneOffset.UTC).plus(FEEDBACK).toInstant() : null, fedBack);
	}

	public boolean triageOverdue(Instant now) {
		return this.triaged == null && now.isAfter(this.triageDue);
	}

	public boolean acknowledgementOverdue(Instant now) {
		return this.acknowledgeDue != null && this.acknowledged == null && now.isAfter(this.acknowledgeDue);
	}

	public boolean feedbackOverdue(Instant now) {
		return this.feedbackDue != null && this.fedBack == null && now.isAfter(this.feedbackDue);
	}

	/** Whether any promise is overdue. */
	public boolean overdue(Instant now) {
		return triageOverdue(now) || acknowledgementOverdue(now) || feedbackOverdue(now);
	}

	/** The next promise not yet met, or {@code null}. */
	public Instant next() {
		if (this.triaged == null) {
			return this.triageDue;
		}
		if (this.acknowledgeDue != null && this.acknowledged == null) {
			return this.acknowledgeDue;
		}
		return (this.feedbackDue != null && this.fedBack == null) ? this.feedbackDue : null;
	}

}
