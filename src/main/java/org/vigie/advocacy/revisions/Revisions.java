package org.vigie.advocacy.revisions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Every saved version of what staff edit in the advocacy back-office (a project, a
 * network, a recommendation, a watched file), as a JSON snapshot with who saved it and
 * when, so an edit page can list the versions and show or restore an earlier one. Rows
 * are only ever added.
 */
@Service
public class Revisions {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Revisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.json = JsonMapper.builder().build();
	}

	/**
	 * Keeps a version of an item.
	 * @param kind what the item is, such as {@code project}
	 * @param subject its id
	 * @param snapshot its fields as saved (strings, numbers, lists and maps)
	 * @param summary what changed, in a few words (no personal data)
	 * @param actor who saved it
	 */
	public UUID record(String kind, UUID subject, Map<String, ?> snapshot, String summary, String actor, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into advocacy_revision (id, subject_kind, subject_id, snapshot, summary, recorded_by, recorded_at)
					values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, kind, subject, this.json.writeValueAsString(snapshot), summary, actor, Timestamp.from(now))
			.update();
		return id;
	}

	/** An item's versions, the newest first. */
	public List<Revision> of(String kind, UUID subject) {
		return this.jdbc.sql("""
				select id, subject_kind, subject_id, snapshot, summary, recorded_by, recorded_at from advocacy_revision
				where subject_kind = ? and subject_id = ? order by recorded_at desc, id""")
			.params(kind, subject)
			.query((rs, row) -> new Revision(rs.getObject("id", UUID.class), rs.getString("subject_kind"),
					rs.getObject("subject_id", UUID.class), read(rs.getString("snapshot")), rs.getString("summary"),
					rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	/** One version. */
	public Optional<Revision> revision(UUID id) {
		return this.jdbc.sql("""
				select id, subject_kind, subject_id, snapshot, summary, recorded_by, recorded_at from advocacy_revision
				where id = ?""")
			.param(id)
			.query((rs, row) -> new Revision(rs.getObject("id", UUID.class), rs.getString("subject_kind"),
					rs.getObject("subject_id", UUID.class), read(rs.getString("snapshot")), rs.getString("summary"),
					rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
			.optional();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> read(String snapshot) {
		return this.json.readValue(snapshot, Map.class);
	}

	/**
	 * A saved version.
	 *
	 * @param id its id
	 * @param kind what the item is
	 * @param subject the item's id
	 * @param snapshot its fields as saved
	 * @param summary what changed
	 * @param recordedBy who saved it
	 * @param recordedAt when
	 */
	public record Revision(UUID id, String kind, UUID subject, Map<String, Object> snapshot, String summary,
			String recordedBy, Instant recordedAt) {
	}

}
