package org.vigie.learning.learners;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.vigie.identity.ServerKeys;
import org.vigie.learning.LearnerStarted;
import org.vigie.site.Language;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learners, known only by a random device key their browser keeps. The database holds a
 * keyed hash of the key, not the key: a copy of the database does not let anyone pass for
 * a learner. A learner has no name, no email (unless they ask for reminders) and no
 * password.
 */
@Component
public class Learners {

	private static final String PURPOSE = "learning-device";

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{43}");

	/** How rarely the last visit is written down: not on every answer. */
	private static final Duration SEEN_RESOLUTION = Duration.ofHours(12);

	private final JdbcClient jdbc;

	private final ServerKeys keys;

	private final ApplicationEventPublisher events;

	private final SecureRandom random = new SecureRandom();

	Learners(JdbcClient jdbc, ServerKeys keys, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.events = events;
	}

	/**
	 * The learner whose device holds {@code deviceKey}.
	 * @param deviceKey the key from the learner's cookie, possibly malformed
	 * @return the learner, or empty for an unknown or malformed key
	 */
	public Optional<UUID> byDeviceKey(String deviceKey) {
		if (deviceKey == null || !KEY.matcher(deviceKey).matches()) {
			return Optional.empty();
		}
		String hash = this.keys.keyedHash(PURPOSE, deviceKey);
		return this.jdbc
			.sql("select id from learning_learner where device_key_hash = ? "
					+ "union all select learner_id from learning_device where key_hash = ?")
			.params(hash, hash)
			.query(UUID.class)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * A new anonymous learner; announces {@link LearnerStarted} (counted on the impact
	 * page) when the transaction commits.
	 * @param language the language they started in
	 * @param now the time
	 * @return the learner and the key their device keeps
	 */
	@Transactional
	public NewLearner create(Language language, Instant now) {
		UUID id = UUID.randomUUID();
		String key = newKey();
		this.jdbc.sql("""
				insert into learning_learner (id, device_key_hash, language, created_at, last_seen_at)
				values (?, ?, ?, ?, ?)""")
			.params(id, this.keys.keyedHash(PURPOSE, key), language.code(), Timestamp.from(now), Timestamp.from(now))
			.update();
		this.events.publishEvent(new LearnerStarted(id, now));
		return new NewLearner(id, key);
	}

	/**
	 * Gives a learner a new device key, for a second device or after a sign-in link: the
	 * old key stops working.
	 * @param learner the learner
	 * @return the new key
	 */
	public String rekey(UUID learner) {
		String key = newKey();
		this.jdbc.sql("update learning_learner set device_key_hash = ? where id = ?")
			.params(this.keys.keyedHash(PURPOSE, key), learner)
			.update();
		return key;
	}

	/**
	 * Gives a learner one more device key, for another device they signed in on by an
	 * emailed link: their other devices' keys keep working.
	 * @param learner the learner
	 * @param now the time
	 * @return the new key
	 */
	public String addDevice(UUID learner, Instant now) {
		String key = newKey();
		this.jdbc.sql("insert into learning_device (key_hash, learner_id, created_at) values (?, ?, ?)")
			.params(this.keys.keyedHash(PURPOSE, key), learner, Timestamp.from(now))
			.update();
		return key;
	}

	/** Notes a visit, at most twice a day, and the language last used. */
	public void seen(UUID learner, Language language, Instant now) {
		this.jdbc
			.sql("update learning_learner set last_seen_at = ?, language = ? where id = ? "
					+ "and (last_seen_at < ? or language <> ?)")
			.params(Timestamp.from(now), language.code(), learner, Timestamp.from(now.minus(SEEN_RESOLUTION)),
					language.code())
			.update();
	}

	/** The language a learner last used, for emails sent to them. */
	public Optional<Language> language(UUID learner) {
		return this.jdbc.sql("select language from learning_learner where id = ?")
			.param(learner)
			.query(String.class)
			.optional()
			.flatMap(Language::fromCode);
	}

	/** Forgets a learner and everything about them: schedules, reviews, enrolments. */
	public void forget(UUID learner) {
		this.jdbc.sql("delete from learning_learner where id = ?").param(learner).update();
	}

	private String newKey() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * A learner just created.
	 *
	 * @param id their identity
	 * @param deviceKey the key their browser keeps, never stored
	 */
	public record NewLearner(UUID id, String deviceKey) {

	}

}
