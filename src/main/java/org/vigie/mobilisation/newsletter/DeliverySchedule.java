package org.vigie.mobilisation.newsletter;

import java.time.Clock;
import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job that moves queued newsletter emails into the outbox at the configured rate
 * ({@code vigie.mobilisation.newsletter.per-minute}, 600 by default): every
 * {@code vigie.mobilisation.newsletter.interval} (10 s by default) it hands over that
 * interval's share, in batches of at most 200. db-scheduler runs it on one node at a
 * time; the batches' claims would keep two runs apart anyway.
 */
@Configuration(proxyBeanMethods = false)
class DeliverySchedule {

	@Bean
	DeliveryRun newsletterDeliveryRun(NewsletterDeliveries deliveries, Clock clock,
			@Value("${vigie.mobilisation.newsletter.per-minute:600}") int perMinute,
			@Value("${vigie.mobilisation.newsletter.interval:PT10S}") Duration interval) {
		return new DeliveryRun(deliveries, clock, share(perMinute, interval));
	}

	@Bean
	RecurringTask<Void> newsletterDelivery(DeliveryRun run,
			@Value("${vigie.mobilisation.newsletter.interval:PT10S}") Duration interval) {
		return Tasks.recurring("mobilisation-newsletter-delivery", FixedDelay.of(interval))
			.execute((instance, context) -> run.run());
	}

	/**
	 * How many emails one run hands over: the rate's share of the interval, at least one.
	 */
	static int share(int perMinute, Duration interval) {
		return (int) Math.max(1, Math.round(perMinute * interval.toMillis() / 60_000.0));
	}

	/** One run of the job, callable from tests and the benchmark. */
	public static final class DeliveryRun {

		private static final int BATCH = 200;

		private final NewsletterDeliveries deliveries;

		private final Clock clock;

		private final int share;

		DeliveryRun(NewsletterDeliveries deliveries, Clock clock, int share) {
			this.deliveries = deliveries;
			this.clock = clock;
			this.share = share;
		}

		/** Hands over this run's share; how many emails were handled. */
		public int run() {
			int handled = 0;
			while (handled < this.share) {
				int done = this.deliveries.batch(Math.min(BATCH, this.share - handled), this.clock.instant());
				if (done == 0) {
					break;
				}
				handled += done;
			}
			return handled;
		}

		/** How many emails one run hands over. */
		public int share() {
			return this.share;
		}

	}

}
