package org.vigie.mobilisation.events.reminders;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.mobilisation.events.Event;
import org.vigie.mobilisation.events.EventStatus;
import org.vigie.mobilisation.events.EventStore;
import org.vigie.mobilisation.events.Registration;
import org.vigie.mobilisation.events.RegistrationStatus;
import org.vigie.mobilisation.events.Registrations;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the reminders due: a week and a day before each event that still takes place, to
 * each registration confirmed (not to those waiting, cancelled or offered a place, who
 * get their own emails). Each reminder is recorded with its email in one transaction,
 * under a primary key: it goes once, even when two nodes or two runs reach it together.
 */
@Component
public class EventReminders {

	private static final Logger log = LoggerFactory.getLogger(EventReminders.class);

	private final EventStore events;

	private final Registrations registrations;

	private final People people;

	private final ReminderMails mails;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	EventReminders(EventStore events, Registrations registrations, People people, ReminderMails mails, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.events = events;
		this.registrations = registrations;
		this.people = people;
		this.mails = mails;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * Sends every reminder due at that time.
	 * @return the number sent by this call
	 */
	public int sendDue(Instant now) {
		int sent = 0;
		for (Event event : this.events.upcoming(now)) {
			if (event.status() != EventStatus.SCHEDULED) {
				continue;
			}
			for (Registration registration : this.registrations.of(event.id())) {
				for (Reminder reminder : Reminder.values()) {
					if (registration.status() == RegistrationStatus.CONFIRMED && reminder.due(event, registration, now)
							&& send(event, registration, reminder, now)) {
						sent++;
					}
				}
			}
		}
		if (sent > 0) {
			log.info("Sent {} event reminders", sent);
		}
		return sent;
	}

	private boolean send(Event event, Registration registration, Reminder reminder, Instant now) {
		if (sentAlready(registration, reminder)) {
			return false;
		}
		Optional<EmailAddress> email = this.people.email(registration.personId());
		if (email.isEmpty()) {
			return false;
		}
		try {
			return Boolean.TRUE.equals(this.transactions.execute((status) -> {
				this.jdbc.sql(
						"insert into mobilisation_reminders_sent (registration_id, reminder, sent_at) values (?, ?, ?)")
					.params(registration.id(), reminder.name(), Timestamp.from(now))
					.update();
				this.mails.remind(event, registration, email.get(), reminder, now);
				return true;
			}));
		}
		catch (DuplicateKeyException ex) {
			// Another node or run sent it between the check and the insert.
			return false;
		}
	}

	private boolean sentAlready(Registration registration, Reminder reminder) {
		return this.jdbc
			.sql("select count(*) from mobilisation_reminders_sent where registration_id = ? and reminder = ?")
			.params(registration.id(), reminder.name())
			.query(Integer.class)
			.single() > 0;
	}

}
