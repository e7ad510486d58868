package org.vigie.advocacy.projects;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.vigie.advocacy.figures.Audience;
import org.vigie.advocacy.organisations.Checks;
import org.vigie.advocacy.organisations.Refused;
import org.vigie.advocacy.organisations.Trilingual;
import org.vigie.advocacy.web.AdvocacyCache;
import org.vigie.identity.AuditAction;

/**
 * The projects' reach, figure by figure: saving one finds (or creates) its result by
 * English title, its indicator likewise and its period by its days, then replaces that
 * period's figure for the audience. Removing the last figure of a period removes the
 * emptied period, indicator and result too.
 */
@Service
public class FigureStore {

	/** Staff saved a figure. */
	public static final AuditAction SAVED = new AuditAction("ADVOCACY_PROJECT_FIGURE_SAVED");

	/** Staff removed a figure. */
	public static final AuditAction REMOVED = new AuditAction("ADVOCACY_PROJECT_FIGURE_REMOVED");

	/** No count above this (more people than Europe has is a typing error). */
	static final int MAX_COUNT = 100_000_000;

	private final JdbcClient jdbc;

	private final AdvocacyCache cache;

	FigureStore(JdbcClient jdbc, AdvocacyCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	/** The draft as it would be stored, or {@link Refused} with the first problem. */
	public FigureDraft check(FigureDraft draft) {
		if (draft.start() == null || draft.end() == null) {
			throw new Refused("advocacy.projects.problem.date", (draft.start() == null) ? "start" : "end");
		}
		if (draft.end().isBefore(draft.start())) {
			throw new Refused("advocacy.projects.problem.endBeforeStart", "end");
		}
		if (draft.audience() == null) {
			throw new Refused("advocacy.networks.problem.required", "audience");
		}
		count(draft.baseline(), "baseline");
		count(draft.target(), "target");
		count(draft.actual(), "actual");
		if (draft.baseline() == null && draft.target() == null && draft.actual() == null) {
			throw new Refused("advocacy.projects.problem.noCount", "actual");
		}
		if (draft.source() == null) {
			throw new Refused("advocacy.networks.problem.required", "source");
		}
		return new FigureDraft(Checks.required(draft.result(), 300, "result"),
				Checks.required(draft.indicator(), 300, "indicator"), draft.start(), draft.end(), draft.audience(),
				draft.baseline(), draft.target(), draft.actual(), draft.source(),
				Checks.required(draft.sourceLabel(), 300, "sourceLabel"),
				Checks.address(draft.sourceAddress(), "sourceAddress"), draft.illustrative());
	}

	/**
	 * Stores a checked figure in a project.
	 * @return the figure's id
	 */
	public UUID save(UUID project, FigureDraft draft) {
		FigureDraft f = check(draft);
		UUID result = find(
				"select id from advocacy_projects_result where project_id = ? and lower(title_en) = lower(?)", project,
				f.result().en())
			.orElseGet(() -> insert("advocacy_projects_result", "project_id", project, f.result()));
		UUID indicator = find(
				"select id from advocacy_projects_indicator where result_id = ? and lower(title_en) = lower(?)", result,
				f.indicator().en())
			.orElseGet(() -> insert("advocacy_projects_indicator", "result_id", result, f.indicator()));
		UUID period = this.jdbc.sql(
				"select id from advocacy_projects_period where indicator_id = ? and period_start = ? and period_end = ?")
			.params(indicator, Date.valueOf(f.start()), Date.valueOf(f.end()))
			.query(UUID.class)
			.optional()
			.orElseGet(() -> {
				UUID id = UUID.randomUUID();
				this.jdbc
					.sql("insert into advocacy_projects_period (id, indicator_id, period_start, period_end)"
							+ " values (?, ?, ?, ?)")
					.params(id, indicator, Date.valueOf(f.start()), Date.valueOf(f.end()))
					.update();
				return id;
			});
		this.jdbc.sql("delete from advocacy_projects_figure where period_id = ? and audience = ?")
			.params(period, f.audience().name())
			.update();
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into advocacy_projects_figure (id, period_id, audience, baseline_count, target_count,
				actual_count, source_kind, source_label, source_address, illustrative)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, period, f.audience().name(), f.baseline(), f.target(), f.actual(), f.source().name(),
					f.sourceLabel(), f.sourceAddress(), f.illustrative())
			.update();
		this.cache.changed();
		return id;
	}

	/** Removes a figure of a project; whether there was one. */
	public boolean remove(UUID project, UUID figure) {
		Optional<UUID> period = this.jdbc.sql("""
				select f.period_id from advocacy_projects_figure f
				join advocacy_projects_period p on p.id = f.period_id
				join advocacy_projects_indicator i on i.id = p.indicator_id
				join advocacy_projects_result r on r.id = i.result_id
				where f.id = ? and r.project_id = ?""").params(figure, project).query(UUID.class).optional();
		if (period.isEmpty()) {
			return false;
		}
		this.jdbc.sql("delete from advocacy_projects_figure where id = ?").param(figure).update();
		this.jdbc
			.sql("""
					delete from advocacy_projects_period where id = ?
					and not exists (select 1 from advocacy_projects_figure f where f.period_id = advocacy_projects_period.id)""")
			.param(period.get())
			.update();
		this.jdbc
			.sql("""
					delete from advocacy_projects_indicator where result_id in
					(select id from advocacy_projects_result where project_id = ?)
					and not exists (select 1 from advocacy_projects_period p where p.indicator_id = advocacy_projects_indicator.id)""")
			.param(project)
			.update();
		this.jdbc
			.sql("""
					delete from advocacy_projects_result where project_id = ?
					and not exists (select 1 from advocacy_projects_indicator i where i.result_id = advocacy_projects_result.id)""")
			.param(project)
			.update();
		this.cache.changed();
		return true;
	}

	/**
	 * Every actual count with its project and period, the earliest period first: what the
	 * impact page adds up.
	 */
	public List<Reach> reach() {
		return this.jdbc.sql("""
				select pr.code, pr.title_fr, pr.title_nl, pr.title_en, f.audience, f.actual_count,
				pe.period_start, pe.period_end, f.source_kind, f.source_label
				from advocacy_projects_figure f
				join advocacy_projects_period pe on pe.id = f.period_id
				join advocacy_projects_indicator i on i.id = pe.indicator_id
				join advocacy_projects_result r on r.id = i.result_id
				join advocacy_projects_project pr on pr.id = r.project_id
				where f.actual_count is not null
				order by pe.period_start, pr.code, f.audience""")
			.query((rs, row) -> new Reach(rs.getString("code"),
					new Trilingual(rs.getString("title_fr"), rs.getString("title_nl"), rs.getString("title_en")),
					Audience.valueOf(rs.getString("audience")), rs.getInt("actual_count"),
					rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate(),
					FigureSource.valueOf(rs.getString("source_kind")), rs.getString("source_label")))
			.list();
	}

	private Optional<UUID> find(String sql, UUID parent, String title) {
		return this.jdbc.sql(sql).params(parent, title).query(UUID.class).list().stream().findFirst();
	}

	private UUID insert(String table, String parentColumn, UUID parent, Trilingual title) {
		UUID id = UUID.randomUUID();
		int next = this.jdbc.sql("select count(*) from " + table + " where " + parentColumn + " = ?")
			.param(parent)
			.query(Integer.class)
			.single();
		this.jdbc
			.sql("insert into " + table + " (id, " + parentColumn
					+ ", title_fr, title_nl, title_en, sort_key) values (?, ?, ?, ?, ?, ?)")
			.params(id, parent, title.fr(), title.nl(), title.en(), next * 10)
			.update();
		return id;
	}

	private static void count(Integer count, String field) {
		if (count != null && (count < 0 || count > MAX_COUNT)) {
			throw new Refused("advocacy.projects.problem.count", field);
		}
	}

	/**
	 * An actual count of a project's period.
	 *
	 * @param code the project's code
	 * @param title the project's title
	 * @param audience who was counted
	 * @param count how many
	 * @param from the period's first day
	 * @param to its last day
	 * @param source the kind of source
	 * @param sourceLabel its title
	 */
	public record Reach(String code, Trilingual title, Audience audience, int count, LocalDate from, LocalDate to,
			FigureSource source, String sourceLabel) {
	}

}
