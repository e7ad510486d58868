package org.vigie.mobilisation.newsletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.site.Language;

/**
 * The newsletter's issues: drafts editors compose and change, then send once. Sending
 * queues one delivery per confirmed subscriber of the issue's language who chose one of
 * its topics, in a single {@code INSERT … SELECT}: however many subscribers there are,
 * nothing is loaded in memory, and the issue's change of status in the same transaction
 * makes a second click queue nothing.
 */
@Component
public class NewsletterIssues {

	private static final String COLUMNS = "id, language, subject, intro, post_paths, body, topic_news,"
			+ " topic_campaigns, topic_events, status, queued_at, queued_count";

	private final JdbcClient jdbc;

	NewsletterIssues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Saves a new draft; its id. */
	@Transactional
	public UUID create(Language language, String subject, String intro, List<String> postPaths, String body,
			Topics topics, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into mobilisation_newsletter_issue (id, language, subject, intro, post_paths, body, topic_news,
					topic_campaigns, topic_events, status, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)""")
			.params(id, language.code(), subject, intro, String.join("\n", postPaths), body, topics.news(),
					topics.campaigns(), topics.events(), Timestamp.from(now), Timestamp.from(now))
			.update();
		return id;
	}

	/** Changes a draft; whether it still was one. */
	@Transactional
	public boolean update(UUID id, String subject, String intro, List<String> postPaths, String body, Topics topics,
			Instant now) {
		return this.jdbc.sql("""
				update mobilisation_newsletter_issue set subject = ?, intro = ?, post_paths = ?, body = ?,
					topic_news = ?, topic_campaigns = ?, topic_events = ?, updated_at = ?
				where id = ? and status = 'DRAFT'""")
			.params(subject, intro, String.join("\n", postPaths), body, topics.news(), topics.campaigns(),
					topics.events(), Timestamp.from(now), id)
			.update() == 1;
	}

	/**
	 * Sends a draft: queues its deliveries. Only the first call for an issue does
	 * anything, however many come at once.
	 * @return how many emails were queued, or empty when the issue was not a draft
	 */
	@Transactional
	public Optional<Integer> queue(UUID id, Instant now) {
		Optional<Issue> issue = find(id);
		if (issue.isEmpty() || this.jdbc.sql(
				"update mobilisation_newsletter_issue set status = 'QUEUED', queued_at = ? where id = ? and status = 'DRAFT'")
			.params(Timestamp.from(now), id)
			.update() != 1) {
			return Optional.empty();
		}
		int queued = this.jdbc.sql("""
				insert into mobilisation_newsletter_delivery (issue_id, subscription_id)
				select ?, s.id from mobilisation_newsletter_subscription s
				where s.language = ? and s.confirmed_at is not null and (""" + audience(issue.get().topics()) + ")")
			.params(id, issue.get().language().code())
			.update();
		this.jdbc.sql("update mobilisation_newsletter_issue set queued_count = ? where id = ?")
			.params(queued, id)
			.update();
		return Optional.of(queued);
	}

	/** How many confirmed subscribers of a language chose one of these topics. */
	public long audience(Language language, Topics topics) {
		return this.jdbc
			.sql("select count(*) from mobilisation_newsletter_subscription s"
					+ " where s.language = ? and s.confirmed_at is not null and (" + audience(topics) + ")")
			.param(language.code())
			.query(Long.class)
			.single();
	}

	/** How many of an issue's emails were handed to the outbox (or skipped). */
	public int handled(UUID id) {
		return this.jdbc
			.sql("select count(*) from mobilisation_newsletter_delivery where issue_id = ? and sent_at is not null")
			.param(id)
			.query(Integer.class)
			.single();
	}

	/** An issue. */
	public Optional<Issue> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from mobilisation_newsletter_issue where id = ?")
			.param(id)
			.query(NewsletterIssues::row)
			.optional();
	}

	/** The latest issues, newest first. */
	public List<Issue> latest(int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from mobilisation_newsletter_issue order by created_at desc limit " + limit)
			.query(NewsletterIssues::row)
			.list();
	}

	/** Marks an issue being sent as sent once every one of its deliveries was handled. */
	@Transactional
	public boolean finish(UUID id, Instant now) {
		return this.jdbc.sql("""
				update mobilisation_newsletter_issue set status = 'SENT', finished_at = ?
				where id = ? and status = 'QUEUED' and not exists (select 1 from mobilisation_newsletter_delivery d
					where d.issue_id = ? and d.sent_at is null)""").params(Timestamp.from(now), id, id).update() == 1;
	}

	/** The condition on subscriptions for an issue's topics (column names only). */
	private static String audience(Topics topics) {
		List<String> any = new ArrayList<>();
		if (topics.news()) {
			any.add("s.topic_news = true");
		}
		if (topics.campaigns()) {
			any.add("s.topic_campaigns = true");
		}
		if (topics.events()) {
			any.add("s.topic_events = true");
		}
		return any.isEmpty() ? "1 = 0" : String.join(" or ", any);
	}

	private static Issue row(ResultSet rs, int row) throws SQLException {
		String paths = rs.getString("post_paths");
		Timestamp queuedAt = rs.getTimestamp("queued_at");
		Integer count = rs.getObject("queued_count", Integer.class);
		return new Issue(rs.getObject("id", UUID.class),
				Language.fromCode(rs.getString("language")).orElse(Language.FR), rs.getString("subject"),
				rs.getString("intro"), paths.isEmpty() ? List.of() : List.of(paths.split("\n")), rs.getString("body"),
				new Topics(rs.getBoolean("topic_news"), rs.getBoolean("topic_campaigns"),
						rs.getBoolean("topic_events")),
				Issue.Status.valueOf(rs.getString("status")), (queuedAt != null) ? queuedAt.toInstant() : null, count);
	}

}
