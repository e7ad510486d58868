package org.vigie.learning.reminders;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.study.Study;
import org.vigie.learning.web.CardsPaths;
import org.vigie.notifications.Mailer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the reminders due this hour: to each learner whose reminders are on, whose hour
 * it is in the site's zone, who has cards due and who had no reminder in the last
 * {@link #QUIET} hours, one email. Each learner is claimed in the database before their
 * email is written to the outbox, in one transaction, so two runs (two nodes, a run
 * repeated) never send a learner two reminders. The log says how many, never to whom.
 */
@Component
public class DueReminders {

	/** No learner gets two reminders closer than this. */
	public static final Duration QUIET = Duration.ofHours(20);

	/**
	 * The learners to remind: an index on the hour narrows to the 1/24th whose hour it
	 * is, then the schedule's primary key, which starts with the learner, tells whether
	 * one of their cards is due. Parameters: the hour, the end of the quiet period, the
	 * time.
	 */
	public static final String DUE_LEARNERS = """
			select r.learner_id from learning_reminder r
			where r.remind_hour = ? and (r.last_sent_at is null or r.last_sent_at < ?)
			and exists (select 1 from learning_schedule s
				join learning_card c on c.id = s.card_id and c.retired = false
				join learning_deck d on d.id = s.deck_id and d.published = true
				where s.learner_id = r.learner_id and s.due_at <= ?)""";

	/**
	 * How many cards are due in each deck of one learner. Parameters: the learner, the
	 * time.
	 */
	public static final String DUE_BY_DECK = """
			select s.deck_id, count(*) as due from learning_schedule s
			join learning_card c on c.id = s.card_id and c.retired = false
			join learning_deck d on d.id = s.deck_id and d.published = true
			where s.learner_id = ? and s.due_at <= ? group by s.deck_id, d.position order by d.position""";

	private static final Logger log = LoggerFactory.getLogger(DueReminders.class);

	private final JdbcClient jdbc;

	private final Subscriptions subscriptions;

	private final MagicLinks links;

	private final ReminderEmails emails;

	private final DeckStore decks;

	private final Mailer mailer;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ZoneId zone;

	DueReminders(JdbcClient jdbc, Subscriptions subscriptions, MagicLinks links, ReminderEmails emails, DeckStore decks,
			Mailer mailer, TransactionTemplate transactions, Clock clock, Study study) {
		this.jdbc = jdbc;
		this.subscriptions = subscriptions;
		this.links = links;
		this.emails = emails;
		this.decks = decks;
		this.mailer = mailer;
		this.transactions = transactions;
		this.clock = clock;
		this.zone = study.zone();
	}

	/**
	 * Sends this hour's reminders and forgets expired links.
	 * @return how many reminders were sent
	 */
	public int sendDue() {
		Instant now = this.clock.instant();
		int hour = now.atZone(this.zone).getHour();
		List<UUID> due = this.jdbc.sql(DUE_LEARNERS)
			.params(hour, Timestamp.from(now.minus(QUIET)), Timestamp.from(now))
			.query(UUID.class)
			.list();
		int sent = 0;
		for (UUID learner : due) {
			if (Boolean.TRUE.equals(this.transactions.execute((status) -> remind(learner, hour, now)))) {
				sent++;
			}
		}
		int purged = this.transactions.execute((status) -> this.links.purge(now));
		log.info("Card reminders for {}:00: {} sent; {} expired links forgotten", hour, sent, purged);
		return sent;
	}

	private boolean remind(UUID learner, int hour, Instant now) {
		int claimed = this.jdbc
			.sql("update learning_reminder set last_sent_at = ? where learner_id = ? and remind_hour = ? "
					+ "and (last_sent_at is null or last_sent_at < ?)")
			.params(Timestamp.from(now), learner, hour, Timestamp.from(now.minus(QUIET)))
			.update();
		if (claimed != 1) {
			return false;
		}
		Subscriptions.Subscription subscription = this.subscriptions.of(learner).orElseThrow();
		List<ReminderEmails.DueDeck> decks = new ArrayList<>();
		this.jdbc.sql(DUE_BY_DECK)
			.params(learner, Timestamp.from(now))
			.query((rs, row) -> new Object[] { rs.getObject("deck_id", UUID.class), rs.getInt("due") })
			.list()
			.forEach((due) -> this.decks.deck((UUID) due[0])
				.ifPresent((deck) -> decks.add(new ReminderEmails.DueDeck(deck.text(subscription.language()).title(),
						CardsPaths.deck(subscription.language(), deck), (Integer) due[1]))));
		if (decks.isEmpty()) {
			return false;
		}
		String to = this.subscriptions.email(learner).orElseThrow();
		this.mailer.send(this.emails.reminder(to, subscription.language(), subscription.hour(), decks,
				this.subscriptions.unsubscribeToken(subscription)));
		return true;
	}

}
