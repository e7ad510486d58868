package org.vigie.learning.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to which organisation, and which decks an organisation assigns. Leaving
 * deletes the membership, so nothing of the member is left for the manager to see.
 */
@Component
class Memberships {

	private static final String COLUMNS = "id, organisation_id, learner_id, display_name, joined_at";

	private final JdbcClient jdbc;

	Memberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds a learner to an organisation, unless they already belong to it. */
	Member join(UUID organisation, UUID learner, String displayName, Instant now) {
		return of(organisation, learner).orElseGet(() -> {
			UUID id = UUID.randomUUID();
			this.jdbc.sql("insert into learning_organisation_member (" + COLUMNS + ") values (?, ?, ?, ?, ?)")
				.params(id, organisation, learner, displayName, Timestamp.from(now))
				.update();
			return new Member(id, organisation, learner, displayName, now);
		});
	}

	/** Takes a learner out of an organisation. */
	boolean leave(UUID organisation, UUID learner) {
		return this.jdbc.sql("delete from learning_organisation_member where organisation_id = ? and learner_id = ?")
			.params(organisation, learner)
			.update() == 1;
	}

	/** A learner's membership of an organisation. */
	Optional<Member> of(UUID organisation, UUID learner) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from learning_organisation_member where organisation_id = ? and learner_id = ?")
			.params(organisation, learner)
			.query(Memberships::member)
			.optional();
	}

	/** A membership by its own identity, within an organisation. */
	Optional<Member> byId(UUID organisation, UUID member) {
		return this.jdbc
			.sql("select " + COLUMNS + " from learning_organisation_member where organisation_id = ? and id = ?")
			.params(organisation, member)
			.query(Memberships::member)
			.optional();
	}

	/** An organisation's members, by name. */
	List<Member> members(UUID organisation) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from learning_organisation_member where organisation_id = ? order by display_name, joined_at")
			.param(organisation)
			.query(Memberships::member)
			.list();
	}

	/** The organisations a learner belongs to. */
	List<UUID> organisationsOf(UUID learner) {
		return this.jdbc.sql("select organisation_id from learning_organisation_member where learner_id = ?")
			.param(learner)
			.query(UUID.class)
			.list();
	}

	/** The decks an organisation assigns. */
	List<UUID> decks(UUID organisation) {
		return this.jdbc.sql("select deck_id from learning_organisation_deck where organisation_id = ?")
			.param(organisation)
			.query(UUID.class)
			.list();
	}

	/** Replaces the decks an organisation assigns. */
	@Transactional
	void assign(UUID organisation, Collection<UUID> decks, Instant now) {
		this.jdbc.sql("delete from learning_organisation_deck where organisation_id = ?").param(organisation).update();
		for (UUID deck : decks) {
			this.jdbc
				.sql("insert into learning_organisation_deck (organisation_id, deck_id, assigned_at) values (?, ?, ?)")
				.params(organisation, deck, Timestamp.from(now))
				.update();
		}
	}

	private static Member member(ResultSet rs, int row) throws SQLException {
		return new Member(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
				rs.getString(4), rs.getTimestamp(5).toInstant());
	}

}
