package org.vigie.learning.reminders;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.vigie.identity.ServerKeys;
import org.vigie.site.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The links emailed to confirm reminders or to sign in on another device. A link carries
 * 256 random bits; the database keeps only a keyed hash of them, so neither a copy of the
 * database nor the outbox once delivered can follow a link. A link works once, within
 * {@link #VALIDITY}; its row stays until then, without the address, so that the links
 * asked for an address can be counted.
 */
@Component
class MagicLinks {

	/** How long a link works. */
	static final Duration VALIDITY = Duration.ofHours(24);

	private static final String PURPOSE = "learning-reminder-link";

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	/** What a link does when followed. */
	enum Purpose {

		/** Turns reminders on (and signs this browser in as the learner). */
		CONFIRM,

		/** Signs this browser in as the learner whose address it is. */
		SIGN_IN

	}

	private final JdbcClient jdbc;

	private final ServerKeys keys;

	private final SecureRandom random = new SecureRandom();

	MagicLinks(JdbcClient jdbc, ServerKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/**
	 * A new link.
	 * @param request what following it does, for whom
	 * @param now the time
	 * @return the token the emailed link carries, never stored
	 */
	String issue(Request request, Instant now) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("""
				insert into learning_reminder_link (token_hash, purpose, learner_id, email_hash, email_sealed,
				remind_hour, language, created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(hash(token), request.purpose().name(), request.learner(), request.emailHash(),
					(request.email() != null) ? this.keys.seal(request.email(), request.emailHash()) : null,
					request.hour(), request.language().code(), Timestamp.from(now), Timestamp.from(now.plus(VALIDITY)))
			.update();
		return token;
	}

	/** How many links were asked for an address since a time. */
	int issuedSince(String emailHash, Instant since) {
		return this.jdbc.sql("select count(*) from learning_reminder_link where email_hash = ? and created_at > ?")
			.params(emailHash, Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	/** The link a token opens, if it is well formed, known, unused and not expired. */
	Optional<Link> open(String token, Instant now) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select token_hash, purpose, learner_id, email_hash, email_sealed, remind_hour, language
				from learning_reminder_link where token_hash = ? and used_at is null and expires_at > ?""")
			.params(hash(token), Timestamp.from(now))
			.query((rs, row) -> {
				String sealed = rs.getString("email_sealed");
				int hour = rs.getInt("remind_hour");
				Integer remindHour = rs.wasNull() ? null : hour;
				return new Link(rs.getString("token_hash"), Purpose.valueOf(rs.getString("purpose")),
						rs.getObject("learner_id", UUID.class),
						new Request(Purpose.valueOf(rs.getString("purpose")), rs.getObject("learner_id", UUID.class),
								rs.getString("email_hash"),
								(sealed != null) ? this.keys.open(sealed, rs.getString("email_hash")) : null,
								remindHour, Language.fromCode(rs.getString("language")).orElseThrow()));
			})
			.optional();
	}

	/**
	 * Uses a link up: of two browsers following it at once, one only gets {@code true}.
	 * The address it held is removed at once.
	 */
	boolean use(Link link, Instant now) {
		return this.jdbc
			.sql("update learning_reminder_link set used_at = ?, email_sealed = null "
					+ "where token_hash = ? and used_at is null and expires_at > ?")
			.params(Timestamp.from(now), link.tokenHash(), Timestamp.from(now))
			.update() == 1;
	}

	/** Forgets a learner's unused links, when their reminders are turned off. */
	void forget(UUID learner) {
		this.jdbc.sql("delete from learning_reminder_link where learner_id = ?").param(learner).update();
	}

	/** Forgets expired links, with the addresses of confirmations never followed. */
	int purge(Instant now) {
		return this.jdbc.sql("delete from learning_reminder_link where expires_at <= ?")
			.param(Timestamp.from(now))
			.update();
	}

	private String hash(String token) {
		return this.keys.keyedHash(PURPOSE, token);
	}

	/**
	 * What a link is asked for.
	 *
	 * @param purpose what following it does
	 * @param learner the learner it is for, or {@code null} for someone who has not
	 * answered a card yet
	 * @param emailHash the keyed hash of the address
	 * @param email the address, for a confirmation only
	 * @param hour the hour chosen, for a confirmation only
	 * @param language the language of the email and pages
	 */
	record Request(Purpose purpose, UUID learner, String emailHash, String email, Integer hour, Language language) {

	}

	/**
	 * An open link.
	 *
	 * @param tokenHash the keyed hash of its token
	 * @param purpose what following it does
	 * @param learner the learner it is for, or {@code null}
	 * @param request what was asked
	 */
	record Link(String tokenHash, Purpose purpose, UUID learner, Request request) {

	}

}
