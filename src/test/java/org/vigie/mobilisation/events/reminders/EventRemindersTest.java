package org.vigie.mobilisation.events.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.TestClock;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.events.EventStore;
import org.vigie.mobilisation.events.RegistrationStatus;
import org.vigie.mobilisation.events.Registrations;
import org.vigie.mobilisation.events.calendar.CalendarEvents;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.notifications.MailParts;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People confirmed for an event hear from it a week and a day before, once each, in their
 * language, with a link to cancel and their privacy link; nobody else does.
 */
@MobilisationTest
class EventRemindersTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	private final Mailbox mailbox = new Mailbox(mail);

	@Autowired
	private EventReminders reminders;

	@Autowired
	private EventStore events;

	@Autowired
	private Registrations registrations;

	@Autowired
	private People people;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@AfterEach
	void forgetOutbox() {
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void remindsTheConfirmedAWeekAndADayBeforeOnceEach() throws Exception {
		Instant now = this.clock.instant();
		UUID event = this.events.create(CalendarEvents.draft(3, now, 10, null), now);
		String anna = register(event, Language.NL, 1, now);
		String ben = register(event, Language.EN, 1, now);
		String cancelled = register(event, Language.FR, 1, now);
		String waiting = register(event, Language.FR, 1, now);
		assertThat(status(event, waiting)).isEqualTo(RegistrationStatus.WAITLISTED);
		String cancelLink = Mailbox.link(this.mailbox.await(cancelled, 1).get(0), "/r/");
		this.registrations.cancel(cancelLink.substring(cancelLink.lastIndexOf('/') + 1), "Annuler (test)", Language.FR,
				now);
		assertThat(status(event, waiting)).isEqualTo(RegistrationStatus.OFFERED);
		this.mailbox.await(anna, 1);
		Instant start = this.events.byId(event).orElseThrow().startsAt().toInstant();

		this.clock.set(start.minus(Duration.ofDays(7)).minusSeconds(60));
		assertThat(this.reminders.sendDue(this.clock.instant())).as("not yet").isZero();
		this.clock.set(start.minus(Duration.ofDays(7)).plusSeconds(60));
		assertThat(concurrently(3)).as("three nodes at once send each reminder once").isEqualTo(2);
		assertThat(this.reminders.sendDue(this.clock.instant())).as("a second run sends nothing").isZero();

		List<MimeMessage> toAnna = this.mailbox.await(anna, 2);
		MimeMessage week = toAnna.get(1);
		assertThat(week.getSubject()).startsWith("Over een week: Gespreksavond");
		String text = Mailbox.text(week);
		assertThat(text).contains("Verhinderd? Geef uw plaats vrij").contains("Maison des associations");
		assertThat(Mailbox.links(week)).anyMatch((path) -> path.startsWith("/nl/agenda/r/"))
			.anyMatch((path) -> path.startsWith("/nl/in-actie/mijn-gegevens/"));
		assertThat(MailParts.of(week).attachment(".ics").contentType()).contains("method=PUBLISH");
		assertThat(this.mailbox.await(ben, 2).get(1).getSubject()).startsWith("One week to go: Evening talk");
		assertThat(this.mailbox.to(waiting)).as("an offer has its own emails")
			.extracting(MimeMessage::getSubject)
			.noneMatch((subject) -> subject.startsWith("Dans une semaine"));
		assertThat(this.mailbox.to(cancelled)).as("a cancelled registration hears no more")
			.extracting(MimeMessage::getSubject)
			.noneMatch((subject) -> subject.startsWith("Dans une semaine"));

		this.clock.set(start.minus(Duration.ofDays(1)).plusSeconds(60));
		assertThat(this.reminders.sendDue(this.clock.instant())).isEqualTo(2);
		assertThat(this.reminders.sendDue(this.clock.instant())).isZero();
		assertThat(this.mailbox.await(anna, 3).get(2).getSubject()).startsWith("Het is morgen: Gespreksavond");
	}

	@Test
	void aCalledOffEventSendsNoReminderAndLateComersSkipTheWeekOne() throws Exception {
		Instant now = this.clock.instant();
		UUID calledOff = this.events.create(CalendarEvents.draft(null, now, 10, null), now);
		String early = register(calledOff, Language.FR, 1, now);
		this.registrations.cancelEvent(calledOff, now);
		UUID later = this.events.create(CalendarEvents.draft(null, now, 10, null), now);
		Instant start = this.events.byId(later).orElseThrow().startsAt().toInstant();
		this.clock.set(start.minus(Duration.ofDays(5)));
		String lateComer = register(later, Language.FR, 1, this.clock.instant());
		this.mailbox.await(lateComer, 1);

		this.clock.set(start.minus(Duration.ofDays(4)));
		assertThat(this.reminders.sendDue(this.clock.instant())).as("the late comer just had the news").isZero();
		this.clock.set(start.minus(Duration.ofHours(20)));
		assertThat(this.reminders.sendDue(this.clock.instant())).isEqualTo(1);
		assertThat(this.mailbox.await(lateComer, 2).get(1).getSubject()).startsWith("C’est demain");
		this.clock.set(this.events.byId(calledOff).orElseThrow().startsAt().toInstant().minus(Duration.ofHours(20)));
		this.reminders.sendDue(this.clock.instant());
		assertThat(this.mailbox.to(early)).extracting(MimeMessage::getSubject)
			.noneMatch((subject) -> subject.startsWith("C’est demain") || subject.startsWith("Dans une semaine"));
	}

	private int concurrently(int nodes) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(nodes);
		try {
			List<Callable<Integer>> runs = new ArrayList<>();
			for (int i = 0; i < nodes; i++) {
				runs.add(() -> this.reminders.sendDue(this.clock.instant()));
			}
			int sent = 0;
			for (Future<Integer> run : pool.invokeAll(runs)) {
				sent += run.get();
			}
			return sent;
		}
		finally {
			pool.shutdown();
		}
	}

	private String register(UUID event, Language language, int seats, Instant now) {
		String email = "rem-" + UUID.randomUUID() + "@example.org";
		EmailAddress address = EmailAddress.parse(email).orElseThrow();
		UUID person = this.people.person(address, language, now);
		this.registrations.register(event, person, address, "Person " + email.substring(4, 10), seats, language,
				Map.of(), "I agree (test)", now);
		return email;
	}

	private RegistrationStatus status(UUID event, String email) {
		UUID person = this.people.find(EmailAddress.parse(email).orElseThrow()).orElseThrow();
		return this.registrations.of(event)
			.stream()
			.filter((registration) -> registration.personId().equals(person))
			.findFirst()
			.orElseThrow()
			.status();
	}

}
