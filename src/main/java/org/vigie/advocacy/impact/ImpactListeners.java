package org.vigie.advocacy.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.vigie.learning.LearnerStarted;
import org.vigie.mobilisation.PledgeConfirmed;
import org.vigie.mobilisation.WorkshopDelivered;
import org.vigie.reporting.ReportReceived;
import org.vigie.site.SiteProperties;

/**
 * Counts the other modules' published events into the ledger, each in a transaction of
 * its own once the publisher's has committed (nothing is counted for a rolled-back
 * change; an event delivered twice is counted once). The count is handed to one writer
 * thread: a burst of events (a thousand pledges confirmed at once) must not make each
 * publishing thread, which still holds its connection after its commit, wait for a second
 * one, as a transactional module listener and the event publication registry would. So
 * the events are not kept in the registry: a node stopping between a commit and its count
 * loses that count (the ledger is a figure for readers, not a record). A report is
 * counted by its day only, nothing of what it says; the category is not kept either.
 */
@Component("advocacy.impact.ImpactListeners")
class ImpactListeners {

	private static final Logger LOG = LoggerFactory.getLogger(ImpactListeners.class);

	private final ImpactLedger ledger;

	private final ExecutorService writer = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "advocacy-impact");
		thread.setDaemon(true);
		return thread;
	});

	private final ZoneId zone;

	ImpactListeners(ImpactLedger ledger, SiteProperties site) {
		this.ledger = ledger;
		this.zone = site.timeZone();
	}

	@EventListener
	void on(WorkshopDelivered event) {
		later(() -> this.ledger.count(Source.WORKSHOPS, event.requestId().toString(), "-", event.deliveredOn(),
				Math.max(0, event.youngPeople()), Math.max(0, event.teachers()), event.recordedAt(), true));
	}

	@EventListener
	void on(PledgeConfirmed event) {
		String key = ImpactLedger.hashed("pledge", event.pledgeId());
		later(() -> this.ledger.count(Source.PLEDGES, key, group(event.campaignKey()), day(event.confirmedAt()), 1, 0,
				event.confirmedAt(), false));
	}

	@EventListener
	void on(ReportReceived event) {
		later(() -> this.ledger.count(Source.REPORTS, ImpactLedger.hashed("report", event.report()), "-",
				day(event.at()), 1, 0, event.at(), false));
	}

	@EventListener
	void on(LearnerStarted event) {
		later(() -> this.ledger.count(Source.LEARNERS, ImpactLedger.hashed("learner", event.learner()), "-",
				day(event.at()), 1, 0, event.at(), false));
	}

	/**
	 * Hands a count to the ledger's one writer thread: the publishing thread, which still
	 * holds its own connection after its commit, never waits for a second one (a burst of
	 * a thousand pledges would otherwise exhaust the pool).
	 */
	private void later(Runnable count) {
		Runnable hand = () -> this.writer.execute(() -> {
			try {
				count.run();
			}
			catch (RuntimeException ex) {
				LOG.warn("An impact figure could not be counted: {}", ex.getClass().getSimpleName());
			}
		});
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					hand.run();
				}
			});
		}
		else {
			hand.run();
		}
	}

	@PreDestroy
	void stop() throws InterruptedException {
		this.writer.shutdown();
		this.writer.awaitTermination(10, TimeUnit.SECONDS);
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
