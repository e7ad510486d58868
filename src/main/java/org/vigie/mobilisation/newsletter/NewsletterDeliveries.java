package org.vigie.mobilisation.newsletter;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.notifications.Mailer;

/**
 * Moves queued newsletter emails into the outbox, one batch at a time. A batch is claimed
 * with one guarded update (only rows nobody holds, or whose hold expired), so several
 * nodes never take the same row; its emails are written to the outbox and the rows marked
 * done in one transaction, so a crash leaves the batch to be claimed again once its hold
 * expires and nothing is sent twice. Readers who unsubscribed or were erased since the
 * issue was sent are skipped.
 */
@Component
public class NewsletterDeliveries {

	/** How long a batch is held by the node that claimed it. */
	static final Duration HOLD = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final NewsletterIssues issues;

	private final People people;

	private final NewsletterMail mail;

	private final Mailer mailer;

	NewsletterDeliveries(JdbcClient jdbc, NewsletterIssues issues, People people, NewsletterMail mail, Mailer mailer) {
		this.jdbc = jdbc;
		this.issues = issues;
		this.people = people;
		this.mail = mail;
		this.mailer = mailer;
	}

	/**
	 * Claims up to {@code size} queued emails and hands them to the outbox.
	 * @return how many rows were handled (sent or skipped)
	 */
	@Transactional
	public int batch(int size, Instant now) {
		UUID claim = UUID.randomUUID();
		Timestamp at = Timestamp.from(now);
		List<Long> due = this.jdbc.sql("""
				select id from mobilisation_newsletter_delivery
				where sent_at is null and (claimed_until is null or claimed_until < :now) order by id limit :size""")
			.param("now", at)
			.param("size", size)
			.query(Long.class)
			.list();
		if (due.isEmpty()) {
			return 0;
		}
		// Guarded: a row another node claimed since it was read is left to that node.
		int claimed = this.jdbc.sql("""
				update mobilisation_newsletter_delivery set claim_id = :claim, claimed_until = :until
				where id in (:ids) and sent_at is null and (claimed_until is null or claimed_until < :now)""")
			.param("claim", claim)
			.param("until", Timestamp.from(now.plus(HOLD)))
			.param("ids", due)
			.param("now", at)
			.update();
		if (claimed == 0) {
			return 0;
		}
		List<Row> rows = this.jdbc.sql("""
				select d.id, d.issue_id, s.id as subscription_id, s.person_id, s.confirmed_at, s.topic_news,
					s.topic_campaigns, s.topic_events
				from mobilisation_newsletter_delivery d
				left join mobilisation_newsletter_subscription s on s.id = d.subscription_id
				where d.claim_id = ? order by d.id""")
			.param(claim)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getObject("issue_id", UUID.class),
					rs.getObject("subscription_id", UUID.class), rs.getObject("person_id", UUID.class),
					rs.getTimestamp("confirmed_at") != null,
					new Topics(rs.getBoolean("topic_news"), rs.getBoolean("topic_campaigns"),
							rs.getBoolean("topic_events"))))
			.list();
		Map<UUID, Optional<Issue>> issues = new HashMap<>();
		for (Row row : rows) {
			Optional<Issue> issue = issues.computeIfAbsent(row.issueId(), this.issues::find);
			Optional<EmailAddress> to = row.subscribed() ? this.people.email(row.personId()) : Optional.empty();
			boolean send = issue.isPresent() && to.isPresent();
			if (send) {
				this.mailer.send(this.mail.issue(issue.get(), to.get().value(), row.subscriptionId(), row.personId(),
						row.topics()));
			}
			done(row.id(), claim, !send, now);
		}
		issues.keySet().forEach((issue) -> this.issues.finish(issue, now));
		return rows.size();
	}

	/** How many emails wait to be handed to the outbox, all issues together. */
	public long waiting() {
		return this.jdbc.sql("select count(*) from mobilisation_newsletter_delivery where sent_at is null")
			.query(Long.class)
			.single();
	}

	/** Forgets the queued emails of subscriptions (when they are erased). */
	@Transactional
	public void forget(List<UUID> subscriptionIds) {
		for (UUID id : subscriptionIds) {
			this.jdbc.sql("delete from mobilisation_newsletter_delivery where subscription_id = ?").param(id).update();
		}
	}

	private void done(long id, UUID claim, boolean skipped, Instant now) {
		int marked = this.jdbc
			.sql("""
					update mobilisation_newsletter_delivery set sent_at = ?, skipped = ?, claim_id = null, claimed_until = null
					where id = ? and claim_id = ?""")
			.params(Timestamp.from(now), skipped, id, claim)
			.update();
		if (marked != 1) {
			// The hold ran out and another node took the row: undo this batch.
			throw new IllegalStateException("A newsletter delivery was claimed twice");
		}
	}

	private record Row(long id, UUID issueId, UUID subscriptionId, UUID personId, boolean subscribed, Topics topics) {
	}

}
