package org.vigie.mobilisation.newsletter;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.vigie.identity.ServerKeys;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times queuing an issue for many confirmed subscribers (one {@code INSERT … SELECT}),
 * the heap it takes while it runs, the speed at which batches hand emails to the outbox,
 * and the rate the scheduled job keeps. On an H2 file database as the embedded default
 * uses, or PostgreSQL. Run by {@code bench/mobilisation-newsletter.sh} only.
 */
@MobilisationTest
@EnabledIfSystemProperty(named = "vigie.bench.newsletter", matches = ".+")
@TestPropertySource(properties = {
		"spring.datasource.url=${vigie.bench.database-url:jdbc:h2:file:${java.io.tmpdir}/vigie-newsletter-bench/${random.uuid}/vigie;MODE=Regular;DB_CLOSE_ON_EXIT=FALSE}",
		"spring.datasource.username=${vigie.bench.database-user:sa}",
		"spring.datasource.password=${vigie.bench.database-password:}", "vigie.demo.enabled=false" })
class NewsletterBenchmark {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ServerKeys keys;

	@Autowired
	private People people;

	@Autowired
	private NewsletterIssues issues;

	@Autowired
	private NewsletterDeliveries deliveries;

	@Autowired
	private DeliverySchedule.DeliveryRun run;

	@Autowired
	private org.vigie.TestClock clock;

	@Test
	void queuesAndDeliversAnIssueToManySubscribers() throws Exception {
		int subscribers = Integer.getInteger("vigie.bench.subscribers", 50_000);
		int runs = Integer.getInteger("vigie.bench.runs", 3);
		int rateSeconds = Integer.getInteger("vigie.bench.rate-seconds", 60);
		StringBuilder report = new StringBuilder();
		long seeding = System.nanoTime();
		seed(subscribers);
		report.append("%d confirmed subscribers written in %d ms (not timed below)%n".formatted(subscribers,
				(System.nanoTime() - seeding) / 1_000_000));
		List<Long> times = new ArrayList<>();
		List<Long> heaps = new ArrayList<>();
		List<UUID> queued = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			UUID issue = this.issues.create(Language.FR, "Bench " + i, "Text", List.of(), "Text",
					new Topics(true, false, false), Instant.now());
			HeapWatch watch = HeapWatch.start();
			long start = System.nanoTime();
			int count = this.issues.queue(issue, Instant.now()).orElseThrow();
			long millis = (System.nanoTime() - start) / 1_000_000;
			long heap = watch.stop();
			assertThat(count).isEqualTo(subscribers);
			times.add(millis);
			heaps.add(heap);
			queued.add(issue);
			report.append("run %d: %d emails queued in %d ms, heap grew by at most %d MB while queuing%n"
				.formatted(i + 1, count, millis, heap / (1024 * 1024)));
		}
		report.append("queuing, median of %d: %d ms; heap growth median %d MB (max heap %d MB)%n".formatted(runs,
				median(times), median(heaps) / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024)));

		int sample = Math.min(subscribers, 3000);
		long start = System.nanoTime();
		int handed = 0;
		while (handed < sample) {
			handed += this.deliveries.batch(200, Instant.now());
		}
		long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
		report.append("batches hand %d emails to the outbox in %d ms: %d emails/s at most%n".formatted(handed, millis,
				handed * 1000L / millis));

		// The job reads the shared test clock: it follows real time while the job is
		// timed.
		Thread follower = Thread.ofPlatform().daemon().start(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				this.clock.set(Instant.now());
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		long before = handledCount();
		Thread.sleep(rateSeconds * 1000L);
		long byJob = handledCount() - before;
		follower.interrupt();
		report.append("the scheduled job (%d per run) handed %d emails in %d s: %d per minute%n"
			.formatted(this.run.share(), byJob, rateSeconds, byJob * 60 / rateSeconds));
		Path out = Path.of("target", "bench", "newsletter.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
		System.out.print(report);
	}

	private long handledCount() {
		return this.jdbc.queryForObject(
				"select count(*) from mobilisation_newsletter_delivery where sent_at is not null", Long.class);
	}

	/** Confirmed subscribers written in batches, as sign-ups would leave them. */
	private void seed(int count) {
		Timestamp now = Timestamp.from(Instant.now());
		int batch = 1000;
		for (int from = 0; from < count; from += batch) {
			List<Object[]> persons = new ArrayList<>();
			List<Object[]> subscriptions = new ArrayList<>();
			for (int i = from; i < Math.min(count, from + batch); i++) {
				UUID person = UUID.randomUUID();
				EmailAddress email = EmailAddress.parse("bench" + i + "@example.invalid").orElseThrow();
				persons.add(new Object[] { person, this.people.hash(email),
						this.keys.seal(email.value(), "mobilisation-person-email:" + person), "fr", now });
				subscriptions.add(new Object[] { UUID.randomUUID(), person, now, now, now });
			}
			this.jdbc.batchUpdate("insert into mobilisation_person (id, email_hash, email_sealed, language, created_at)"
					+ " values (?, ?, ?, ?, ?)", persons);
			this.jdbc.batchUpdate("insert into mobilisation_newsletter_subscription (id, person_id, language,"
					+ " topic_news, topic_campaigns, topic_events, created_at, requested_at, confirmed_at)"
					+ " values (?, ?, 'fr', true, false, true, ?, ?, ?)", subscriptions);
		}
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	/** The most the heap grew above where it stood at the start, sampled every 5 ms. */
	private static final class HeapWatch {

		private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

		private final AtomicLong peak = new AtomicLong();

		private final long base;

		private final Thread sampler;

		private volatile boolean running = true;

		private HeapWatch() {
			System.gc();
			this.base = this.memory.getHeapMemoryUsage().getUsed();
			this.sampler = Thread.ofPlatform().daemon().start(() -> {
				while (this.running) {
					this.peak.accumulateAndGet(this.memory.getHeapMemoryUsage().getUsed(), Math::max);
					try {
						Thread.sleep(5);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
		}

		static HeapWatch start() {
			return new HeapWatch();
		}

		long stop() throws InterruptedException {
			this.running = false;
			this.sampler.join();
			return Math.max(0, this.peak.get() - this.base);
		}

	}

}
