package org.vigie.learning.organisations;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.vigie.identity.ServerKeys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Organisations in the database. The invitation link's token is shown once to the manager
 * and never stored: the database keeps its keyed hash, so a copy of it lets nobody join.
 * The contact address is sealed with the server's key, bound to its organisation.
 */
@Component
class Organisations {

	private static final String INVITATION = "learning-organisation-invitation";

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final String COLUMNS = "id, name, kind, manager_id, contact_email_sealed is not null, "
			+ "invitation_hash is not null, invitation_expires_at, created_at";

	private final JdbcClient jdbc;

	private final ServerKeys keys;

	private final SecureRandom random = new SecureRandom();

	Organisations(JdbcClient jdbc, ServerKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/** A new organisation, whose first summary will be for the month that follows. */
	UUID create(String name, OrganisationKind kind, UUID manager, Instant now, YearMonth month) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into learning_organisation (id, name, kind, manager_id, summary_month, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, name, kind.name(), manager, month.toString(), Timestamp.from(now))
			.update();
		return id;
	}

	Optional<Organisation> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from learning_organisation where id = ?")
			.param(id)
			.query(Organisations::organisation)
			.optional();
	}

	/** The organisations a learner manages, by name. */
	List<Organisation> managedBy(UUID learner) {
		return this.jdbc.sql("select " + COLUMNS + " from learning_organisation where manager_id = ? order by name")
			.param(learner)
			.query(Organisations::organisation)
			.list();
	}

	/**
	 * Makes a new invitation link; the previous one stops working.
	 * @param days how long it lasts, 0 for no end
	 * @return the token to put in the link, never stored
	 */
	String renewInvitation(UUID organisation, int days, Instant now) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Timestamp expires = (days > 0) ? Timestamp.from(now.plus(Duration.ofDays(days))) : null;
		this.jdbc.sql("update learning_organisation set invitation_hash = ?, invitation_expires_at = ? where id = ?")
			.params(this.keys.keyedHash(INVITATION, token), expires, organisation)
			.update();
		return token;
	}

	/** The organisation a still valid invitation token leads to. */
	Optional<Organisation> byInvitation(String token, Instant now) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("select " + COLUMNS + " from learning_organisation where invitation_hash = ? "
					+ "and (invitation_expires_at is null or invitation_expires_at > ?)")
			.params(this.keys.keyedHash(INVITATION, token), Timestamp.from(now))
			.query(Organisations::organisation)
			.optional();
	}

	/** Sets the contact address, or removes it with {@code null}. */
	void setContact(UUID organisation, String email) {
		this.jdbc.sql("update learning_organisation set contact_email_sealed = ? where id = ?")
			.params((email != null) ? this.keys.seal(email, context(organisation)) : null, organisation)
			.update();
	}

	/** The contact address, opened. */
	Optional<String> contact(UUID organisation) {
		return this.jdbc.sql("select contact_email_sealed from learning_organisation where id = ?")
			.param(organisation)
			.query(String.class)
			.optional()
			.map((sealed) -> this.keys.open(sealed, context(organisation)));
	}

	/**
	 * Organisations with a contact address whose last summary was before {@code month}.
	 */
	List<Organisation> summaryDue(YearMonth month) {
		return this.jdbc
			.sql("select " + COLUMNS + " from learning_organisation where contact_email_sealed is not null "
					+ "and summary_month < ? order by id")
			.param(month.toString())
			.query(Organisations::organisation)
			.list();
	}

	/** Notes that the summary of {@code month} went out; false if another node did it. */
	boolean summarised(UUID organisation, YearMonth month) {
		return this.jdbc.sql("update learning_organisation set summary_month = ? where id = ? and summary_month < ?")
			.params(month.toString(), organisation, month.toString())
			.update() == 1;
	}

	private static String context(UUID organisation) {
		return "learning-organisation-contact:" + organisation;
	}

	private static Organisation organisation(ResultSet rs, int row) throws SQLException {
		Timestamp expires = rs.getTimestamp(7);
		return new Organisation(rs.getObject(1, UUID.class), rs.getString(2), OrganisationKind.valueOf(rs.getString(3)),
				rs.getObject(4, UUID.class), rs.getBoolean(5), rs.getBoolean(6),
				(expires != null) ? expires.toInstant() : null, rs.getTimestamp(8).toInstant());
	}

}
