package org.vigie.mobilisation.newsletter;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.TestClock;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.Supporter;
import org.vigie.mobilisation.consent.ConsentEntry;
import org.vigie.mobilisation.consent.ConsentLedger;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An issue reaches exactly the confirmed subscribers of its language and topics, through
 * the outbox, each email once even with several nodes or after a crash, every email with
 * its one-click unsubscribe headers (RFC 8058) and no tracking; a mail provider's
 * one-click POST unsubscribes, opening the link does not.
 */
@MobilisationTest
class NewsletterDeliveryTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private People people;

	@Autowired
	private Subscribers subscribers;

	@Autowired
	private NewsletterIssues issues;

	@Autowired
	private NewsletterDeliveries deliveries;

	@Autowired
	private DeliverySchedule.DeliveryRun run;

	@Autowired
	private ConsentLedger consents;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@AfterEach
	void leaveNothingQueued() {
		this.jdbc.sql("update mobilisation_newsletter_delivery set sent_at = ? where sent_at is null")
			.param(java.sql.Timestamp.from(this.clock.instant()))
			.update();
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void anIssueReachesConfirmedSubscribersOfItsLanguageAndTopicsWithOneClickUnsubscribe() throws Exception {
		String key = UUID.randomUUID().toString().substring(0, 8);
		EmailAddress reader = subscriber("reader-" + key, Language.FR, new Topics(true, false, false), true);
		EmailAddress eventsOnly = subscriber("events-" + key, Language.FR, new Topics(false, false, true), true);
		EmailAddress waiting = subscriber("waiting-" + key, Language.FR, new Topics(true, true, true), false);
		EmailAddress english = subscriber("english-" + key, Language.EN, new Topics(true, true, true), true);
		UUID issue = draft(Language.FR, "Nouvelles " + key, new Topics(true, true, false));
		assertThat(this.issues.queue(issue, this.clock.instant())).isPresent();
		drain();

		MimeMessage message = new Mailbox(mail).await(reader.value(), 1).get(0);
		assertThat(message.getSubject()).isEqualTo("Nouvelles " + key);
		String[] unsubscribe = message.getHeader("List-Unsubscribe");
		assertThat(unsubscribe).hasSize(1);
		assertThat(unsubscribe[0])
			.matches("<http://localhost:8080/fr/lettre/desinscription/[0-9a-f-]{36}\\.[0-9a-f]{32}>");
		assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(message.getContentType()).startsWith("text/plain");
		String text = Mailbox.text(message);
		assertThat(text).contains("Bonjour à toutes et à tous " + key)
			.contains("/fr/agir/mes-donnees/")
			.doesNotContainIgnoringCase("<img")
			.doesNotContainIgnoringCase("utm_");
		assertThat(text.lines()
			.flatMap((line) -> java.util.Arrays.stream(line.split("\\s+")))
			.filter((word) -> word.contains("://"))).allMatch((link) -> link.startsWith("http://localhost:8080/"));
		assertThat(this.issues.find(issue).orElseThrow().status()).isEqualTo(Issue.Status.SENT);
		assertThat(new Mailbox(mail).to(eventsOnly.value())).isEmpty();
		assertThat(new Mailbox(mail).to(waiting.value())).isEmpty();
		assertThat(new Mailbox(mail).to(english.value())).isEmpty();

		String path = unsubscribe[0].substring(unsubscribe[0].indexOf("/fr/"), unsubscribe[0].length() - 1);
		Supporter provider = Supporter.fromOwnNetwork(this.port);
		assertThat(provider.page(path).select("form[data-unsubscribe] button")).hasSize(1);
		Subscription before = subscription(reader, Language.FR);
		assertThat(before.confirmed()).isTrue();
		HttpResponse<String> forged = provider.post(path.substring(0, path.length() - 2) + "00",
				Map.of("List-Unsubscribe", "One-Click"), "Sec-Fetch-Site", "cross-site");
		assertThat(forged.statusCode()).isEqualTo(404);
		assertThat(subscription(reader, Language.FR).confirmed()).isTrue();

		// An issue queued before they leave does not reach them after.
		UUID next = draft(Language.FR, "Encore " + key, new Topics(true, false, false));
		this.issues.queue(next, this.clock.instant());
		HttpResponse<String> oneClick = provider.post(path, Map.of("List-Unsubscribe", "One-Click"), "Sec-Fetch-Site",
				"cross-site", "Origin", "https://mail.example");
		assertThat(oneClick.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(oneClick.body()).select("[data-outcome]").text()).contains("ne recevrez plus");
		assertThat(subscription(reader, Language.FR).confirmed()).isFalse();
		assertThat(provider.post(path, Map.of("List-Unsubscribe", "One-Click")).statusCode()).isEqualTo(200);
		assertThat(this.consents.entries(before.personId())).extracting(ConsentEntry::event)
			.containsExactly(ConsentEntry.Event.REQUESTED, ConsentEntry.Event.CONFIRMED, ConsentEntry.Event.WITHDRAWN);
		assertThat(provider.hasCookies()).isFalse();

		drain();
		assertThat(this.issues.find(next).orElseThrow().status()).isEqualTo(Issue.Status.SENT);
		assertThat(this.jdbc.sql("select count(*) from notifications_outbox where recipient = ? and subject = ?")
			.params(reader.value(), "Encore " + key)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void sendingTwiceAtOnceQueuesTheIssueOnce() throws Exception {
		String key = UUID.randomUUID().toString().substring(0, 8);
		subscriber("twice-" + key, Language.NL, new Topics(true, true, true), true);
		UUID issue = draft(Language.NL, "Twee keer " + key, new Topics(true, true, true));
		List<Optional<Integer>> results = concurrently(4, () -> this.issues.queue(issue, this.clock.instant()));
		assertThat(results.stream().filter(Optional::isPresent)).hasSize(1);
		assertThat(deliveriesOf(issue)).isEqualTo(results.stream().flatMap(Optional::stream).findFirst().orElseThrow());
	}

	@Test
	void severalNodesHandEachEmailToTheOutboxOnce() throws Exception {
		String key = UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 40; i++) {
			subscriber("many" + i + "-" + key, Language.EN, new Topics(false, true, false), true);
		}
		UUID issue = draft(Language.EN, "Many " + key, new Topics(false, true, false));
		int queued = this.issues.queue(issue, this.clock.instant()).orElseThrow();
		assertThat(queued).isGreaterThanOrEqualTo(40);
		Instant now = this.clock.instant();
		concurrently(4, () -> {
			int handled = 0;
			for (int done = 1; done > 0; handled += done) {
				done = this.deliveries.batch(3, now);
			}
			return handled;
		});
		assertThat(outboxCount("Many " + key) + sentCount("Many " + key)).isEqualTo(queued);
	}

	@Test
	void aBatchLeftByACrashedNodeIsTakenAgainOnceItsHoldEnds() {
		String key = UUID.randomUUID().toString().substring(0, 8);
		EmailAddress reader = subscriber("crash-" + key, Language.EN, new Topics(true, false, false), true);
		UUID issue = draft(Language.EN, "Crash " + key, new Topics(true, false, false));
		this.issues.queue(issue, this.clock.instant());
		// A node claimed the rows, then died before writing anything.
		this.jdbc.sql("update mobilisation_newsletter_delivery set claim_id = ?, claimed_until = ? where issue_id = ?")
			.params(UUID.randomUUID(), java.sql.Timestamp.from(this.clock.instant().plus(Duration.ofMinutes(5))), issue)
			.update();
		assertThat(this.deliveries.batch(100, this.clock.instant())).isZero();
		Instant before = this.clock.instant();
		try {
			this.clock.advance(Duration.ofMinutes(6));
			drain();
			assertThat(new Mailbox(mail).await(reader.value(), 1)).hasSize(1);
		}
		finally {
			this.clock.set(before);
		}
		assertThat(this.issues.find(issue).orElseThrow().status()).isEqualTo(Issue.Status.SENT);
	}

	@Test
	void eachRunHandsOverTheConfiguredRatesShareOfTheTimeGoneBy() {
		assertThat(DeliverySchedule.share(600, Duration.ofSeconds(10))).isEqualTo(100);
		assertThat(DeliverySchedule.share(1, Duration.ofSeconds(1))).isEqualTo(1);
		assertThat(this.run.share()).isEqualTo(100);
		NewsletterDeliveries endless = new NewsletterDeliveries(null, null, null, null, null) {
			@Override
			public int batch(int size, Instant now) {
				return size;
			}
		};
		TestClock time = new TestClock(Instant.parse("2026-12-08T10:00:00Z"));
		DeliverySchedule.DeliveryRun paced = new DeliverySchedule.DeliveryRun(endless, time, 600,
				Duration.ofSeconds(10));
		assertThat(paced.run()).isEqualTo(100);
		time.advance(Duration.ofSeconds(10));
		assertThat(paced.run()).isEqualTo(100);
		time.advance(Duration.ofSeconds(21));
		assertThat(paced.run()).isEqualTo(210);
		time.advance(Duration.ofHours(1));
		assertThat(paced.run()).isEqualTo(300);
		assertThat(paced.run()).isEqualTo(100);
	}

	private void drain() {
		while (this.run.run() > 0) {
			// until nothing is left
		}
	}

	private EmailAddress subscriber(String who, Language language, Topics topics, boolean confirmed) {
		EmailAddress email = EmailAddress.parse(who + "@example.org").orElseThrow();
		UUID person = this.people.person(email, language, this.clock.instant());
		UUID id = this.subscribers.signUp(person, language, topics, "Test wording", this.clock.instant());
		if (confirmed) {
			this.subscribers.confirm(id, this.clock.instant());
			this.consents.confirmed(person, org.vigie.mobilisation.consent.Purpose.NEWSLETTER, language.code(),
					"Test wording", language, this.clock.instant());
		}
		return email;
	}

	private UUID draft(Language language, String subject, Topics topics) {
		String key = subject.substring(subject.indexOf(' ') + 1);
		return this.issues.create(language, subject, "Bonjour à toutes et à tous " + key, List.of(),
				"Bonjour à toutes et à tous " + key + "\n\nLire : http://localhost:8080/fr/actualites", topics,
				this.clock.instant());
	}

	private Subscription subscription(EmailAddress email, Language language) {
		return this.subscribers.find(this.people.find(email).orElseThrow(), language).orElseThrow();
	}

	private int deliveriesOf(UUID issue) {
		return this.jdbc.sql("select count(*) from mobilisation_newsletter_delivery where issue_id = ?")
			.param(issue)
			.query(Integer.class)
			.single();
	}

	private long outboxCount(String subject) {
		return this.jdbc.sql("select count(*) from notifications_outbox where subject = ? and status = 'PENDING'")
			.param(subject)
			.query(Long.class)
			.single();
	}

	private long sentCount(String subject) {
		return this.jdbc.sql("select count(*) from notifications_outbox where subject = ? and status <> 'PENDING'")
			.param(subject)
			.query(Long.class)
			.single();
	}

	private static <T> List<T> concurrently(int threads, Callable<T> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(pool.submit(task));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

}
