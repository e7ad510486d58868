package org.vigie.mobilisation.events;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.identity.ServerKeys;

/**
 * The links emailed to participants to cancel a registration or to answer an offer: a
 * random token of 256 bits each, of which only a keyed hash is stored, so neither a copy
 * of the database nor someone who knows an address can use them.
 */
@Component
public class RegistrationLinks {

	/** What a link does. */
	public enum Purpose {

		/** Cancels the registration. */
		CANCEL,

		/** Accepts or declines the places offered. */
		OFFER

	}

	/**
	 * A link found by its token.
	 *
	 * @param registrationId the registration it acts on
	 * @param purpose what it does
	 * @param expiresAt when it stops working, or {@code null}
	 */
	public record Link(UUID registrationId, Purpose purpose, Instant expiresAt) {

		/** Whether it no longer works at that time. */
		public boolean expired(Instant now) {
			return this.expiresAt != null && !now.isBefore(this.expiresAt);
		}

	}

	private static final String HASH = "mobilisation-events-link";

	private final JdbcClient jdbc;

	private final ServerKeys keys;

	private final SecureRandom random = new SecureRandom();

	RegistrationLinks(JdbcClient jdbc, ServerKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/** A new link for a registration; its token (to put in the email only). */
	@Transactional(propagation = Propagation.MANDATORY)
	public String issue(UUID registrationId, Purpose purpose, Instant expiresAt, Instant now) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("""
				insert into mobilisation_events_link (token_hash, registration_id, purpose, created_at, expires_at)
				values (?, ?, ?, ?, ?)""")
			.params(hash(token), registrationId, purpose.name(), Timestamp.from(now),
					(expiresAt != null) ? Timestamp.from(expiresAt) : null)
			.update();
		return token;
	}

	/** The link with that token and purpose, if there is one (expired or not). */
	public Optional<Link> find(String token, Purpose purpose) {
		if (!wellFormed(token)) {
			return Optional.empty();
		}
		return this.jdbc.sql(
				"select registration_id, expires_at from mobilisation_events_link where token_hash = ? and purpose = ?")
			.params(hash(token), purpose.name())
			.query((rs, row) -> new Link(rs.getObject("registration_id", UUID.class), purpose,
					Optional.ofNullable(rs.getTimestamp("expires_at")).map(Timestamp::toInstant).orElse(null)))
			.optional();
	}

	/** Whether a token has the shape of one this class issues. */
	public static boolean wellFormed(String token) {
		return token != null && token.length() == 43 && token.matches("[A-Za-z0-9_-]{43}");
	}

	/** Deletes every link of a registration. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void forget(UUID registrationId) {
		this.jdbc.sql("delete from mobilisation_events_link where registration_id = ?").param(registrationId).update();
	}

	private String hash(String token) {
		return this.keys.keyedHash(HASH, token);
	}

}
