package org.vigie.mobilisation.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

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
		return new DeliveryRun(deliveries, clock, perMinute, interval);
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

		private final int perMinute;

		private final Duration interval;

		private final AtomicReference<Instant> last = new AtomicReference<>();

		DeliveryRun(NewsletterDeliveries deliveries, Clock clock, int perMinute, Duration interval) {
			this.deliveries = deliveries;
			this.clock = clock;
			this.perMinute = perMinute;
			this.interval = interval;
		}

		/** Hands over this run's share; how many emails were handled. */
		public int run() {
			Instant now = this.clock.instant();
			Instant previous = this.last.getAndSet(now);
			Duration elapsed = (previous != null) ? Duration.between(previous, now) : this.interval;
			int budget = DeliverySchedule.share(this.perMinute, clamp(elapsed));
			int handled = 0;
			while (handled < budget) {
				int done = this.deliveries.batch(Math.min(BATCH, budget - handled), this.clock.instant());
				if (done == 0) {
					break;
				}
				handled += done;
			}
			return handled;
		}

		/** How many emails a run hands over when it comes on time. */
		public int share() {
			return DeliverySchedule.share(this.perMinute, this.interval);
		}

		/** At least one interval (runs never come sooner), at most three. */
		private Duration clamp(Duration elapsed) {
			Duration most = this.interval.multipliedBy(3);
			return (elapsed.compareTo(this.interval) < 0) ? this.interval
					: (elapsed.compareTo(most) > 0) ? most : elapsed;
		}

	}

}
