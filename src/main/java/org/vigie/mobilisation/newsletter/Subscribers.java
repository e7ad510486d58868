package org.vigie.mobilisation.newsletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.mobilisation.consent.ConsentLedger;
import org.vigie.mobilisation.consent.Purpose;
import org.vigie.site.Language;

/**
 * Newsletter subscriptions. Signing up records the topics asked for as pending; only
 * confirming makes them the subscription's topics, so a stranger who types a subscriber's
 * address changes nothing they receive, and a confirmed subscriber who signs up again
 * stays confirmed with their topics until they confirm the new ones. Unsubscribing stops
 * every issue at once.
 */
@Component
public class Subscribers {

	private static final String COLUMNS = "id, person_id, language, topic_news, topic_campaigns, topic_events,"
			+ " pending_topics, requested_at, confirmed_at, unsubscribed_at";

	private final JdbcClient jdbc;

	private final ConsentLedger consents;

	Subscribers(JdbcClient jdbc, ConsentLedger consents) {
		this.jdbc = jdbc;
		this.consents = consents;
	}

	/**
	 * Records a sign-up waiting for its confirmation, and the consent asked with that
	 * wording. Confirmed subscribers stay confirmed with their topics.
	 * @return the subscription to confirm
	 */
	@Transactional
	public UUID signUp(UUID personId, Language language, Topics topics, String wording, Instant now) {
		Optional<Subscription> known = find(personId, language);
		UUID id;
		if (known.isPresent()) {
			id = known.get().id();
			this.jdbc
				.sql("update mobilisation_newsletter_subscription set pending_topics = ?, requested_at = ?"
						+ " where id = ?")
				.params(topics.code(), Timestamp.from(now), id)
				.update();
		}
		else {
			id = UUID.randomUUID();
			this.jdbc.sql("""
					insert into mobilisation_newsletter_subscription (id, person_id, language, topic_news,
						topic_campaigns, topic_events, pending_topics, created_at, requested_at)
					values (?, ?, ?, false, false, false, ?, ?, ?)""")
				.params(id, personId, language.code(), topics.code(), Timestamp.from(now), Timestamp.from(now))
				.update();
		}
		this.consents.requested(personId, Purpose.NEWSLETTER, language.code(), wording, language, now);
		return id;
	}

	/**
	 * Confirms a sign-up: its pending topics become the subscription's. A repeat (no
	 * pending topics left) changes nothing.
	 * @return whether this call changed the subscription
	 */
	@Transactional
	public boolean confirm(UUID id, Instant now) {
		Optional<Subscription> found = find(id);
		if (found.isEmpty() || found.get().pendingTopics() == null) {
			return false;
		}
		Topics topics = found.get().pendingTopics();
		return this.jdbc.sql("""
				update mobilisation_newsletter_subscription
				set topic_news = ?, topic_campaigns = ?, topic_events = ?, pending_topics = null,
					confirmed_at = coalesce(confirmed_at, ?), unsubscribed_at = null
				where id = ? and pending_topics = ?""")
			.params(topics.news(), topics.campaigns(), topics.events(), Timestamp.from(now), id, topics.code())
			.update() == 1;
	}

	/**
	 * Stops every issue to this subscription.
	 * @return whether it was still subscribed or waiting for a confirmation
	 */
	@Transactional
	public boolean unsubscribe(UUID id, Instant now) {
		return this.jdbc.sql("""
				update mobilisation_newsletter_subscription
				set confirmed_at = null, pending_topics = null, unsubscribed_at = ?
				where id = ? and (confirmed_at is not null or pending_topics is not null)""")
			.params(Timestamp.from(now), id)
			.update() == 1;
	}

	/** A subscription by its id. */
	public Optional<Subscription> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from mobilisation_newsletter_subscription where id = ?")
			.param(id)
			.query(Subscribers::row)
			.optional();
	}

	/** A person's subscription in a language. */
	public Optional<Subscription> find(UUID personId, Language language) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from mobilisation_newsletter_subscription where person_id = ? and language = ?")
			.params(personId, language.code())
			.query(Subscribers::row)
			.optional();
	}

	/** Every subscription of a person. */
	public List<Subscription> of(UUID personId) {
		return this.jdbc.sql("select " + COLUMNS + " from mobilisation_newsletter_subscription where person_id = ?")
			.param(personId)
			.query(Subscribers::row)
			.list();
	}

	/** How many confirmed subscribers a language has. */
	public long confirmedCount(Language language) {
		return this.jdbc.sql(
				"select count(*) from mobilisation_newsletter_subscription where language = ? and confirmed_at is not null")
			.param(language.code())
			.query(Long.class)
			.single();
	}

	private static Subscription row(ResultSet rs, int row) throws SQLException {
		String pending = rs.getString("pending_topics");
		return new Subscription(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				Language.fromCode(rs.getString("language")).orElse(Language.FR),
				new Topics(rs.getBoolean("topic_news"), rs.getBoolean("topic_campaigns"),
						rs.getBoolean("topic_events")),
				(pending != null) ? Topics.fromCode(pending) : null, instant(rs, "requested_at"),
				instant(rs, "confirmed_at"), instant(rs, "unsubscribed_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
