package org.vigie.fundraising.selfservice;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.identity.ServerKeys;

/**
 * The single-use links emailed to donors. A link carries 256 random bits; the database
 * keeps only a keyed hash of them, so neither a copy of the database nor the outbox once
 * delivered can follow one. A link opens the donor's page once, within {@link #VALIDITY};
 * its row stays a day longer, so the links sent to a donor can be counted.
 */
@Component
class SelfServiceLinks {

	/** How long a link works. */
	static final Duration VALIDITY = Duration.ofHours(1);

	private static final String PURPOSE = "fundraising-selfservice-link";

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final JdbcClient jdbc;

	private final ServerKeys keys;

	private final SecureRandom random = new SecureRandom();

	SelfServiceLinks(JdbcClient jdbc, ServerKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/** A new link for a donor: the token the email carries, never stored. */
	String issue(UUID donorId, Instant now) {
		this.jdbc.sql("delete from fundraising_selfservice_link where expires_at < ?")
			.param(Timestamp.from(now.minus(Duration.ofDays(1))))
			.update();
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("""
				insert into fundraising_selfservice_link (token_hash, donor_id, created_at, expires_at)
				values (?, ?, ?, ?)""")
			.params(hash(token), donorId, Timestamp.from(now), Timestamp.from(now.plus(VALIDITY)))
			.update();
		return token;
	}

	/** How many links were sent to a donor since a time. */
	int issuedSince(UUID donorId, Instant since) {
		return this.jdbc.sql("select count(*) from fundraising_selfservice_link where donor_id = ? and created_at > ?")
			.params(donorId, Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	/** The donor a token opens, if it is well formed, known, unused and not expired. */
	Optional<UUID> peek(String token, Instant now) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select donor_id from fundraising_selfservice_link
				where token_hash = ? and used_at is null and expires_at > ?""")
			.params(hash(token), Timestamp.from(now))
			.query(UUID.class)
			.optional();
	}

	/**
	 * Uses a link up and answers whose it was: of two browsers following it at once, only
	 * one gets the donor.
	 */
	Optional<UUID> use(String token, Instant now) {
		Optional<UUID> donor = peek(token, now);
		if (donor.isEmpty()) {
			return Optional.empty();
		}
		int used = this.jdbc.sql("""
				update fundraising_selfservice_link set used_at = ?
				where token_hash = ? and used_at is null and expires_at > ?""")
			.params(Timestamp.from(now), hash(token), Timestamp.from(now))
			.update();
		return (used == 1) ? donor : Optional.empty();
	}

	/** Forgets a donor's links, when they are erased. */
	void forget(UUID donorId) {
		this.jdbc.sql("delete from fundraising_selfservice_link where donor_id = ?").param(donorId).update();
	}

	private String hash(String token) {
		return this.keys.keyedHash(PURPOSE, token);
	}

}
