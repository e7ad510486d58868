package org.vigie.mobilisation.confirm;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.identity.ServerKeys;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.mobilisation.web.ActPaths;
import org.vigie.notifications.Email;
import org.vigie.notifications.Mailer;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * Confirmation links (double opt-in) for every kind of sign-up. A link carries a random
 * token of 256 bits; only a keyed hash of it is stored. Opening the link changes nothing
 * (mail scanners open links before people do): the page it opens confirms with a POST,
 * and confirming again is harmless. Each address gets at most
 * {@link MailAllowance#perDay()} confirmation emails a day, whatever the form.
 */
@Component
public class Confirmations {

	private static final String PURPOSE = "mobilisation-confirmation";

	private final JdbcClient jdbc;

	private final ServerKeys keys;

	private final People people;

	private final MailAllowance allowance;

	private final Mailer mailer;

	private final SiteProperties site;

	private final org.springframework.beans.factory.ObjectProvider<ConfirmationHandler> handlers;

	private final Duration validity;

	private final SecureRandom random = new SecureRandom();

	Confirmations(JdbcClient jdbc, ServerKeys keys, People people, MailAllowance allowance, Mailer mailer,
			SiteProperties site, org.springframework.beans.factory.ObjectProvider<ConfirmationHandler> handlers,
			@Value("${vigie.mobilisation.confirmation-validity:P3D}") Duration validity) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.people = people;
		this.allowance = allowance;
		this.mailer = mailer;
		this.site = site;
		this.handlers = handlers;
		this.validity = validity;
	}

	/**
	 * Sends a confirmation link for a sign-up, unless the address had its share of such
	 * emails today.
	 * @param compose writes the email, given the link's absolute address
	 * @return whether the email was sent (queued in the outbox with the caller's change)
	 */
	@Transactional
	public boolean request(String kind, UUID subjectId, UUID personId, EmailAddress email, Language language,
			Function<String, Email> compose, Instant now) {
		handler(kind);
		LocalDate today = LocalDate.ofInstant(now, this.site.timeZone());
		if (!this.allowance.take(this.people.hash(email), today)) {
			return false;
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("""
				insert into mobilisation_confirmation
					(id, token_hash, kind, subject_id, person_id, language, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), hash(token), kind, subjectId, personId, language.code(), Timestamp.from(now),
					Timestamp.from(now.plus(this.validity)))
			.update();
		this.mailer.send(compose.apply(this.site.absolute(ActPaths.confirm(language, token))));
		return true;
	}

	/** The link with that token, if it exists (expired or not). */
	public Optional<Confirmation> find(String token) {
		if (token == null || token.length() != 43 || !token.matches("[A-Za-z0-9_-]{43}")) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select id, kind, subject_id, person_id, language, expires_at, confirmed_at
				from mobilisation_confirmation where token_hash = ?""")
			.param(hash(token))
			.query((rs, row) -> new Confirmation(rs.getObject("id", UUID.class), rs.getString("kind"),
					rs.getObject("subject_id", UUID.class), rs.getObject("person_id", UUID.class),
					Language.fromCode(rs.getString("language")).orElse(Language.FR),
					rs.getTimestamp("expires_at").toInstant(),
					Optional.ofNullable(rs.getTimestamp("confirmed_at")).map(Timestamp::toInstant).orElse(null)))
			.optional();
	}

	/** What the confirmation page says is being confirmed. */
	public String describe(Confirmation confirmation, Language language) {
		return handler(confirmation.kind()).describe(confirmation.subjectId(), language);
	}

	/**
	 * Confirms with a link: the first use counts the sign-up, later uses change nothing
	 * and lead to the same place.
	 * @return where to send the person, or empty when the link is unknown or expired
	 */
	@Transactional
	public Optional<String> confirm(String token, Instant now) {
		Optional<Confirmation> found = find(token);
		if (found.isEmpty() || found.get().expired(now)) {
			return Optional.empty();
		}
		Confirmation confirmation = found.get();
		boolean first = this.jdbc
			.sql("update mobilisation_confirmation set confirmed_at = ? where id = ? and confirmed_at is null")
			.params(Timestamp.from(now), confirmation.id())
			.update() == 1;
		return Optional.of(handler(confirmation.kind()).confirmed(confirmation.subjectId(), confirmation.personId(),
				confirmation.language(), first, now));
	}

	/** Deletes the links never used and expired before that time. */
	@Transactional
	public int forgetExpired(Instant before) {
		return this.jdbc.sql("delete from mobilisation_confirmation where confirmed_at is null and expires_at < ?")
			.param(Timestamp.from(before))
			.update();
	}

	/** Deletes every link of a person (when they are erased). */
	@Transactional
	public void forget(UUID personId) {
		this.jdbc.sql("delete from mobilisation_confirmation where person_id = ?").param(personId).update();
	}

	private ConfirmationHandler handler(String kind) {
		return this.handlers.stream()
			.filter((handler) -> handler.kind().equals(kind))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No confirmation handler for " + kind));
	}

	private String hash(String token) {
		return this.keys.keyedHash(PURPOSE, token);
	}

}
