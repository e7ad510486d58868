package org.vigie.fundraising.pages;

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
 * The links emailed to a page's owner, to publish it or to edit it. A link carries 256
 * random bits; the database keeps only a keyed hash of them, so neither a copy of the
 * database nor the outbox once delivered can follow one. A link works once, within
 * {@link #VALIDITY}.
 */
@Component
class PageLinks {

	/** How long a link works. */
	static final Duration VALIDITY = Duration.ofHours(24);

	/** The most links one page may be sent in an hour. */
	static final int PER_PAGE_PER_HOUR = 3;

	private static final String PURPOSE = "fundraising-page-link";

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	/** What following a link does. */
	enum Purpose {

		/** Shows a page just created. */
		PUBLISH,

		/** Opens the page's edit form. */
		EDIT

	}

	private final JdbcClient jdbc;

	private final ServerKeys keys;

	private final SecureRandom random = new SecureRandom();

	PageLinks(JdbcClient jdbc, ServerKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/** A new link; the token it returns is never stored. */
	String issue(UUID pageId, Purpose purpose, Instant now) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("""
				insert into fundraising_page_link (token_hash, page_id, purpose, created_at, expires_at)
				values (?, ?, ?, ?, ?)""")
			.params(hash(token), pageId, purpose.name(), Timestamp.from(now), Timestamp.from(now.plus(VALIDITY)))
			.update();
		return token;
	}

	/** How many links a page was sent since a time. */
	int issuedSince(UUID pageId, Instant since) {
		return this.jdbc.sql("select count(*) from fundraising_page_link where page_id = ? and created_at > ?")
			.params(pageId, Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	/**
	 * The link a token opens for that purpose, if well formed, known, unused and not
	 * expired.
	 */
	Optional<Link> open(String token, Purpose purpose, Instant now) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select token_hash, page_id from fundraising_page_link
				where token_hash = ? and purpose = ? and used_at is null and expires_at > ?""")
			.params(hash(token), purpose.name(), Timestamp.from(now))
			.query((rs, row) -> new Link(rs.getString("token_hash"), rs.getObject("page_id", UUID.class)))
			.optional();
	}

	/**
	 * Uses a link up: of two requests following it at once, only one gets {@code true}.
	 */
	boolean use(Link link, Instant now) {
		return this.jdbc.sql(
				"update fundraising_page_link set used_at = ? where token_hash = ? and used_at is null and expires_at > ?")
			.params(Timestamp.from(now), link.tokenHash(), Timestamp.from(now))
			.update() == 1;
	}

	private String hash(String token) {
		return this.keys.keyedHash(PURPOSE, token);
	}

	/**
	 * An open link.
	 *
	 * @param tokenHash the keyed hash of its token
	 * @param pageId the page it acts on
	 */
	record Link(String tokenHash, UUID pageId) {

	}

}
