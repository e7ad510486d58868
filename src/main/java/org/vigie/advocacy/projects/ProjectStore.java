package org.vigie.advocacy.projects;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.vigie.advocacy.organisations.Checks;
import org.vigie.advocacy.organisations.OrganisationStore;
import org.vigie.advocacy.organisations.Refused;
import org.vigie.advocacy.organisations.Trilingual;
import org.vigie.advocacy.web.AdvocacyCache;
import org.vigie.identity.AuditAction;

/**
 * The projects, each read whole (countries, partners, results down to their figures);
 * there are tens of them, not thousands.
 */
@Service
public class ProjectStore {

	/** Staff saved a project. */
	public static final AuditAction SAVED = new AuditAction("ADVOCACY_PROJECT_SAVED");

	/** At most this many countries or partners per project. */
	static final int MAX_ITEMS = 60;

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

	private static final String COLUMNS = "id, code, title_fr, title_nl, title_en, summary_fr, summary_nl, summary_en,"
			+ " status, research, starts_on, ends_on, demo";

	private final JdbcClient jdbc;

	private final OrganisationStore organisations;

	private final ProjectParts parts;

	private final AdvocacyCache cache;

	ProjectStore(JdbcClient jdbc, OrganisationStore organisations, ProjectParts parts, AdvocacyCache cache) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.parts = parts;
		this.cache = cache;
	}

	/** Every project, the latest started first. */
	public List<Project> all() {
		return this.jdbc.sql("select " + COLUMNS + " from advocacy_projects_project order by starts_on desc, code")
			.query(ProjectStore::read)
			.list()
			.stream()
			.map(this::whole)
			.toList();
	}

	public Optional<Project> byCode(String code) {
		return this.jdbc.sql("select " + COLUMNS + " from advocacy_projects_project where code = ?")
			.param(code)
			.query(ProjectStore::read)
			.optional()
			.map(this::whole);
	}

	public Optional<Project> byId(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from advocacy_projects_project where id = ?")
			.param(id)
			.query(ProjectStore::read)
			.optional()
			.map(this::whole);
	}

	/** The projects an organisation takes part in. */
	public List<Project> withPartner(UUID organisationId) {
		return all().stream()
			.filter((project) -> project.partners()
				.stream()
				.anyMatch((partner) -> partner.organisation().id().equals(organisationId)))
			.toList();
	}

	/** The draft as it would be stored, or {@link Refused} with the first problem. */
	public ProjectDraft check(UUID id, ProjectDraft draft) {
		String code = (draft.code() != null) ? draft.code().strip() : "";
		if (!CODE.matcher(code).matches()) {
			throw new Refused("advocacy.projects.problem.code", "code");
		}
		if (byCode(code).filter((other) -> !other.id().equals(id)).isPresent()) {
			throw new Refused("advocacy.projects.problem.codeTaken", "code");
		}
		if (draft.status() == null) {
			throw new Refused("advocacy.networks.problem.required", "status");
		}
		if (draft.startsOn() == null) {
			throw new Refused("advocacy.projects.problem.date", "startsOn");
		}
		if (draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
			throw new Refused("advocacy.projects.problem.endBeforeStart", "endsOn");
		}
		if (draft.countries().size() > MAX_ITEMS || draft.partners().size() > MAX_ITEMS) {
			throw new Refused("advocacy.projects.problem.tooMany", "countries");
		}
		List<String> countries = new ArrayList<>();
		for (String country : draft.countries()) {
			String checked = Checks.country(country, "countries");
			if (checked != null && !countries.contains(checked)) {
				countries.add(checked);
			}
		}
		Set<UUID> seen = new HashSet<>();
		for (ProjectDraft.PartnerDraft partner : draft.partners()) {
			if (partner.organisationId() == null || partner.role() == null
					|| this.organisations.byId(partner.organisationId()).isEmpty()
					|| !seen.add(partner.organisationId())) {
				throw new Refused("advocacy.projects.problem.partner", "partners");
			}
		}
		return new ProjectDraft(code, Checks.required(draft.title(), 200, "title"),
				Checks.required(draft.summary(), 2000, "summary"), draft.status(), draft.research(), draft.startsOn(),
				draft.endsOn(), countries, draft.partners(), draft.demo());
	}

	/**
	 * Stores a checked project (new when {@code id} is unknown) with its countries and
	 * partners; its results are kept.
	 * @return its id
	 */
	public UUID save(UUID id, ProjectDraft draft, Instant now) {
		ProjectDraft p = check(id, draft);
		UUID saved = (id != null) ? id : UUID.randomUUID();
		Trilingual t = p.title();
		Trilingual s = p.summary();
		Date ends = (p.endsOn() != null) ? Date.valueOf(p.endsOn()) : null;
		int updated = this.jdbc.sql("""
				update advocacy_projects_project set code = ?, title_fr = ?, title_nl = ?, title_en = ?,
				summary_fr = ?, summary_nl = ?, summary_en = ?, status = ?, research = ?, starts_on = ?, ends_on = ?,
				updated_at = ? where id = ?""")
			.params(p.code(), t.fr(), t.nl(), t.en(), s.fr(), s.nl(), s.en(), p.status().name(), p.research(),
					Date.valueOf(p.startsOn()), ends, Timestamp.from(now), saved)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into advocacy_projects_project (" + COLUMNS
						+ ", updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(saved, p.code(), t.fr(), t.nl(), t.en(), s.fr(), s.nl(), s.en(), p.status().name(),
						p.research(), Date.valueOf(p.startsOn()), ends, p.demo(), Timestamp.from(now))
				.update();
		}
		this.jdbc.sql("delete from advocacy_projects_country where project_id = ?").param(saved).update();
		p.countries()
			.forEach((country) -> this.jdbc
				.sql("insert into advocacy_projects_country (project_id, country) values (?, ?)")
				.params(saved, country)
				.update());
		this.jdbc.sql("delete from advocacy_projects_partner where project_id = ?").param(saved).update();
		int order = 0;
		for (ProjectDraft.PartnerDraft partner : p.partners()) {
			this.jdbc
				.sql("insert into advocacy_projects_partner (project_id, organisation_id, partner_role, sort_key)"
						+ " values (?, ?, ?, ?)")
				.params(saved, partner.organisationId(), partner.role().name(), order++)
				.update();
		}
		this.cache.changed();
		return saved;
	}

	/** The project with its countries, partners and results. */
	private Project whole(Project project) {
		UUID id = project.id();
		return new Project(id, project.code(), project.title(), project.summary(), project.status(), project.research(),
				project.startsOn(), project.endsOn(), this.parts.countries(id), this.parts.partners(id),
				this.parts.results(id), project.demo());
	}

	private static Project read(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Date ends = rs.getDate("ends_on");
		return new Project(id, rs.getString("code"),
				new Trilingual(rs.getString("title_fr"), rs.getString("title_nl"), rs.getString("title_en")),
				new Trilingual(rs.getString("summary_fr"), rs.getString("summary_nl"), rs.getString("summary_en")),
				ProjectStatus.valueOf(rs.getString("status")), rs.getBoolean("research"),
				rs.getDate("starts_on").toLocalDate(), (ends != null) ? ends.toLocalDate() : null, List.of(), List.of(),
				List.of(), rs.getBoolean("demo"));
	}

}
