package org.vigie.mobilisation.workshops;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.site.Language;

/**
 * The projects workshops are requested for, as staff configure them.
 */
@Component
public class Projects {

	private static final String SELECT = "select id, code, name_fr, name_nl, name_en, active from mobilisation_workshops_project";

	private final JdbcClient jdbc;

	Projects(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every project, by code. */
	public List<Project> all() {
		return this.jdbc.sql(SELECT + " order by code").query(Projects::project).list();
	}

	/** The projects the request form offers. */
	public List<Project> active() {
		return all().stream().filter(Project::active).toList();
	}

	public Optional<Project> byId(UUID id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(Projects::project).optional();
	}

	public Optional<Project> byCode(String code) {
		return this.jdbc.sql(SELECT + " where code = ?").param(code).query(Projects::project).optional();
	}

	/** Adds a project; its id. */
	public UUID add(String code, Map<Language, String> names, boolean active, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into mobilisation_workshops_project (id, code, name_fr, name_nl, name_en, active, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, code, names.get(Language.FR), names.get(Language.NL), names.get(Language.EN), active,
					Timestamp.from(now))
			.update();
		return id;
	}

	/** Renames a project or opens and closes it; its code stays. */
	public void update(UUID id, Map<Language, String> names, boolean active) {
		this.jdbc.sql("""
				update mobilisation_workshops_project set name_fr = ?, name_nl = ?, name_en = ?, active = ?
				where id = ?""")
			.params(names.get(Language.FR), names.get(Language.NL), names.get(Language.EN), active, id)
			.update();
	}

	private static Project project(ResultSet rs, int row) throws SQLException {
		Map<Language, String> names = new EnumMap<>(Language.class);
		for (Language language : Language.all()) {
			names.put(language, rs.getString("name_" + language.code()));
		}
		return new Project(rs.getObject("id", UUID.class), rs.getString("code"), names, rs.getBoolean("active"));
	}

}
