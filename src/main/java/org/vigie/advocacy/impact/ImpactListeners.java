package org.vigie.advocacy.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.vigie.learning.LearnerStarted;
import org.vigie.mobilisation.PledgeConfirmed;
import org.vigie.mobilisation.WorkshopDelivered;
import org.vigie.reporting.ReportReceived;
import org.vigie.site.SiteProperties;

/**
 * Counts the other modules' published events into the ledger, each in a transaction of
 * its own after the publisher's commits (the event publication registry delivers it again
 * after a crash; the ledger counts it once). A report is counted by its day only, nothing
 * of what it says; the category is not kept either.
 */
@Component("advocacy.impact.ImpactListeners")
class ImpactListeners {

	private final ImpactLedger ledger;

	private final ZoneId zone;

	ImpactListeners(ImpactLedger ledger, SiteProperties site) {
		this.ledger = ledger;
		this.zone = site.timeZone();
	}

	@ApplicationModuleListener
	void on(WorkshopDelivered event) {
		this.ledger.count(Source.WORKSHOPS, event.requestId().toString(), "-", event.deliveredOn(),
				Math.max(0, event.youngPeople()), Math.max(0, event.teachers()), event.recordedAt(), true);
	}

	@ApplicationModuleListener
	void on(PledgeConfirmed event) {
		// The event names no pledge: the campaign and the instant identify it well
		// enough.
		String key = ImpactLedger.hashed("pledge", event.campaignId() + "@" + event.confirmedAt());
		this.ledger.count(Source.PLEDGES, key, group(event.campaignKey()), day(event.confirmedAt()), 1, 0,
				event.confirmedAt(), false);
	}

	@ApplicationModuleListener
	void on(ReportReceived event) {
		this.ledger.count(Source.REPORTS, ImpactLedger.hashed("report", event.report()), "-", day(event.at()), 1, 0,
				event.at(), false);
	}

	@ApplicationModuleListener
	void on(LearnerStarted event) {
		this.ledger.count(Source.LEARNERS, ImpactLedger.hashed("learner", event.learner()), "-", day(event.at()), 1, 0,
				event.at(), false);
	}

	private LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, this.zone);
	}

	private static String group(String code) {
		if (code == null || code.isBlank()) {
			return "-";
		}
		String stripped = code.strip();
		return (stripped.length() > 100) ? stripped.substring(0, 100) : stripped;
	}

}
