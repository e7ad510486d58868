package org.vigie.mobilisation.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.identity.ServerKeys;
import org.vigie.site.Language;

/**
 * The people who join, sign, register or subscribe. A person is found again by a keyed
 * hash of their address, so the same address is one person across campaigns, statements,
 * events and the newsletter, and the address itself is sealed with the server's keys: a
 * copy of the database alone does not list them. Erasing a person removes their address
 * for good; what each part of the module holds about them is erased by its own
 * {@link PersonalData}.
 */
@Component
public class People {

	private static final String HASH = "mobilisation-person-email";

	private static final String SEAL = "mobilisation-person-email";

	private final JdbcClient jdbc;

	private final ServerKeys keys;

	People(JdbcClient jdbc, ServerKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/**
	 * The person with that address, or a new one. Two forms sent at once with the same
	 * address give one person. Their language stays the one they first used. Call it
	 * before the form's own transaction starts: it needs no transaction, and on
	 * PostgreSQL a clash of two first sign-ups would otherwise spoil the caller's.
	 */
	public UUID person(EmailAddress email, Language language, Instant now) {
		String hash = hash(email);
		Optional<UUID> known = byHash(hash);
		if (known.isPresent()) {
			return known.get();
		}
		UUID id = UUID.randomUUID();
		try {
			this.jdbc.sql("""
					insert into mobilisation_person (id, email_hash, email_sealed, language, created_at)
					values (?, ?, ?, ?, ?)""")
				.params(id, hash, this.keys.seal(email.value(), SEAL + ":" + id), language.code(), Timestamp.from(now))
				.update();
			return id;
		}
		catch (DuplicateKeyException ex) {
			return byHash(hash).orElseThrow();
		}
	}

	/** The person with that address, if they ever used a form and were not erased. */
	public Optional<UUID> find(EmailAddress email) {
		return byHash(hash(email));
	}

	/** A person's address, opened to write to them; empty once erased. */
	public Optional<EmailAddress> email(UUID personId) {
		return this.jdbc.sql("select email_sealed from mobilisation_person where id = ? and erased_at is null")
			.param(personId)
			.query(String.class)
			.optional()
			.map((sealed) -> EmailAddress.parse(this.keys.open(sealed, SEAL + ":" + personId)).orElseThrow());
	}

	/** The language a person first used. */
	public Language language(UUID personId) {
		return this.jdbc.sql("select language from mobilisation_person where id = ?")
			.param(personId)
			.query(String.class)
			.optional()
			.flatMap(Language::fromCode)
			.orElse(Language.FR);
	}

	/**
	 * Removes a person's address for good: the row stays (the consent ledger and counts
	 * refer to it) but nothing in it leads back to them.
	 */
	@Transactional
	public void erase(UUID personId, Instant now) {
		this.jdbc.sql("""
				update mobilisation_person set email_hash = ?, email_sealed = null, erased_at = ?
				where id = ? and erased_at is null""")
			.params("erased:" + personId.toString().replace("-", ""), Timestamp.from(now), personId)
			.update();
	}

	/** A keyed hash of an address, for the per-day limit of emails and the like. */
	public String hash(EmailAddress email) {
		return this.keys.keyedHash(HASH, email.key());
	}

	private Optional<UUID> byHash(String hash) {
		return this.jdbc.sql("select id from mobilisation_person where email_hash = ? and erased_at is null")
			.param(hash)
			.query(UUID.class)
			.optional();
	}

}
