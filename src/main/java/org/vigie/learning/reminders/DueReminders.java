package org.vigie.learning.reminders;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
	 * The learners to remind, with how many cards are due in each of their decks, in one
	 * query: an index on the hour narrows to the 1/24th whose hour it is, then the
	 * schedule's primary key, which starts with the learner, gives their due cards;
	 * retired cards and unpublished decks do not count. Parameters: the time, the hour,
	 * the end of the quiet period.
	 */
	public static final String DUE_DECKS = """
			select r.learner_id, s.deck_id, count(*) as due from learning_reminder r
			join learning_schedule s on s.learner_id = r.learner_id and s.due_at <= ?
			join learning_card c on c.id = s.card_id and c.retired = false
			join learning_deck d on d.id = s.deck_id and d.published = true
			where r.remind_hour = ? and (r.last_sent_at is null or r.last_sent_at < ?)
			group by r.learner_id, s.deck_id""";

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
		Map<UUID, Map<UUID, Integer>> due = new LinkedHashMap<>();
		this.jdbc.sql(DUE_DECKS)
			.params(Timestamp.from(now), hour, Timestamp.from(now.minus(QUIET)))
			.query((rs, row) -> due.computeIfAbsent(rs.getObject(1, UUID.class), (learner) -> new HashMap<>())
				.put(rs.getObject(2, UUID.class), rs.getInt(3)))
			.list();
		int sent = 0;
		for (Map.Entry<UUID, Map<UUID, Integer>> learner : due.entrySet()) {
			if (Boolean.TRUE.equals(
					this.transactions.execute((status) -> remind(learner.getKey(), learner.getValue(), hour, now)))) {
				sent++;
			}
		}
		int purged = this.transactions.execute((status) -> this.links.purge(now));
		log.info("Card reminders for {}:00: {} sent; {} expired links forgotten", hour, sent, purged);
		return sent;
	}

	private boolean remind(UUID learner, Map<UUID, Integer> dueByDeck, int hour, Instant now) {
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
		this.decks.published()
			.stream()
			.filter((deck) -> dueByDeck.containsKey(deck.id()))
			.forEach((deck) -> decks.add(new ReminderEmails.DueDeck(deck.text(subscription.language()).title(),
					CardsPaths.deck(subscription.language(), deck), dueByDeck.get(deck.id()))));
		if (decks.isEmpty()) {
			return false;
		}
		String to = this.subscriptions.email(learner).orElseThrow();
		this.mailer.send(this.emails.reminder(to, subscription.language(), subscription.hour(), decks,
				this.subscriptions.unsubscribeToken(subscription)));
		return true;
	}

}
