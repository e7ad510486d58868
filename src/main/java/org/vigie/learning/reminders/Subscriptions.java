package org.vigie.learning.reminders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.vigie.identity.ServerKeys;
import org.vigie.site.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Learners whose reminders are on ({@code learning_reminder}): their address sealed under
 * the server's key (bound to the learner), a keyed hash of it to find it again, the hour
 * and language chosen. A row exists only while reminders are on: turning them off deletes
 * it, address included. Each row has a random nonce: the unsubscribe link is the
 * learner's id with a keyed hash of it, so it needs nothing stored, cannot be forged
 * without the server's key, and stops working when reminders are turned on again.
 */
@Component
class Subscriptions {

	private static final String EMAIL_PURPOSE = "learning-reminder-email";

	private static final String UNSUBSCRIBE_PURPOSE = "learning-unsubscribe";

	private final JdbcClient jdbc;

	private final ServerKeys keys;

	private final SecureRandom random = new SecureRandom();

	Subscriptions(JdbcClient jdbc, ServerKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/** The keyed hash an address is found by. */
	String emailHash(String email) {
		return this.keys.keyedHash(EMAIL_PURPOSE, email.toLowerCase(Locale.ROOT));
	}

	/** A learner's reminders, if they are on. */
	Optional<Subscription> of(UUID learner) {
		return this.jdbc
			.sql("select learner_id, remind_hour, language, nonce from learning_reminder where learner_id = ?")
			.param(learner)
			.query((rs, row) -> new Subscription(rs.getObject("learner_id", UUID.class), rs.getInt("remind_hour"),
					Language.fromCode(rs.getString("language")).orElseThrow(), rs.getString("nonce")))
			.optional();
	}

	/** The learner whose reminders go to an address. */
	Optional<UUID> byEmail(String emailHash) {
		return this.jdbc.sql("select learner_id from learning_reminder where email_hash = ?")
			.param(emailHash)
			.query(UUID.class)
			.optional();
	}

	/** The address a learner's reminders go to. */
	Optional<String> email(UUID learner) {
		return this.jdbc.sql("select email_sealed from learning_reminder where learner_id = ?")
			.param(learner)
			.query(String.class)
			.optional()
			.map((sealed) -> this.keys.open(sealed, context(learner)));
	}

	/** Turns a learner's reminders on, replacing an earlier address and its links. */
	void turnOn(UUID learner, String email, int hour, Language language, Instant now) {
		byte[] nonce = new byte[16];
		this.random.nextBytes(nonce);
		this.jdbc.sql("delete from learning_reminder where learner_id = ?").param(learner).update();
		this.jdbc.sql("""
				insert into learning_reminder (learner_id, email_sealed, email_hash, remind_hour, language, nonce,
				confirmed_at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(learner, this.keys.seal(email, context(learner)), emailHash(email), hour, language.code(),
					HexFormat.of().formatHex(nonce), Timestamp.from(now))
			.update();
	}

	/** Changes the hour and language of reminders that are on. */
	boolean change(UUID learner, int hour, Language language) {
		return this.jdbc.sql("update learning_reminder set remind_hour = ?, language = ? where learner_id = ?")
			.params(hour, language.code(), learner)
			.update() == 1;
	}

	/** Turns reminders off: the address is deleted. */
	boolean off(UUID learner) {
		return this.jdbc.sql("delete from learning_reminder where learner_id = ?").param(learner).update() == 1;
	}

	/** The token of the unsubscribe link in a learner's reminders. */
	String unsubscribeToken(Subscription subscription) {
		return subscription.learner() + "." + unsubscribeHash(subscription);
	}

	/** The learner an unsubscribe token was made for, if it is genuine and still on. */
	Optional<UUID> byUnsubscribeToken(String token) {
		if (token == null || token.length() != 36 + 1 + 64 || token.charAt(36) != '.') {
			return Optional.empty();
		}
		UUID learner;
		try {
			learner = UUID.fromString(token.substring(0, 36));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		byte[] given = token.substring(37).getBytes(StandardCharsets.US_ASCII);
		return of(learner)
			.filter((subscription) -> MessageDigest.isEqual(given,
					unsubscribeHash(subscription).getBytes(StandardCharsets.US_ASCII)))
			.map(Subscription::learner);
	}

	private String unsubscribeHash(Subscription subscription) {
		return this.keys.keyedHash(UNSUBSCRIBE_PURPOSE, subscription.learner() + "|" + subscription.nonce());
	}

	private static String context(UUID learner) {
		return "learning-reminder:" + learner;
	}

	/**
	 * Reminders that are on.
	 *
	 * @param learner the learner
	 * @param hour the hour of the day they come, in the site's zone
	 * @param language the language they are written in
	 * @param nonce what the unsubscribe link is bound to
	 */
	record Subscription(UUID learner, int hour, Language language, String nonce) {

	}

}
