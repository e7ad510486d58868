package org.vigie.advocacy.projects;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.advocacy.figures.Audience;
import org.vigie.advocacy.organisations.Organisation;
import org.vigie.advocacy.organisations.OrganisationKind;
import org.vigie.advocacy.organisations.Trilingual;

/**
 * Reads what hangs off a project: its countries, its partners, and its results down to
 * their figures (in one query, assembled in order).
 */
@Component
class ProjectParts {

	private final JdbcClient jdbc;

	ProjectParts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<String> countries(UUID project) {
		return this.jdbc.sql("select country from advocacy_projects_country where project_id = ? order by country")
			.param(project)
			.query(String.class)
			.list();
	}

	List<Project.Partner> partners(UUID project) {
		return this.jdbc.sql("""
				select o.id, o.slug, o.name, o.acronym, o.kind, o.country, o.website, o.iati_ref, o.own, o.demo,
				p.partner_role from advocacy_projects_partner p
				join advocacy_organisations_organisation o on o.id = p.organisation_id
				where p.project_id = ? order by p.sort_key, o.name""")
			.param(project)
			.query((rs, row) -> new Project.Partner(
					new Organisation(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"),
							rs.getString("acronym"), OrganisationKind.valueOf(rs.getString("kind")),
							rs.getString("country"), rs.getString("website"), rs.getString("iati_ref"),
							rs.getBoolean("own"), rs.getBoolean("demo")),
					PartnerRole.valueOf(rs.getString("partner_role"))))
			.list();
	}

	/** The results, each with its indicators, periods and figures, in their order. */
	List<Project.Result> results(UUID project) {
		List<Row> rows = this.jdbc.sql("""
				select r.id as r_id, r.title_fr as r_fr, r.title_nl as r_nl, r.title_en as r_en,
				i.id as i_id, i.title_fr as i_fr, i.title_nl as i_nl, i.title_en as i_en,
				p.id as p_id, p.period_start, p.period_end,
				f.id as f_id, f.audience, f.baseline_count, f.target_count, f.actual_count, f.source_kind,
				f.source_label, f.source_address, f.illustrative
				from advocacy_projects_result r
				left join advocacy_projects_indicator i on i.result_id = r.id
				left join advocacy_projects_period p on p.indicator_id = i.id
				left join advocacy_projects_figure f on f.period_id = p.id
				where r.project_id = ?
				order by r.sort_key, r.id, i.sort_key, i.id, p.period_start, p.period_end, p.id, f.audience""")
			.param(project)
			.query(ProjectParts::row)
			.list();
		Map<UUID, Trilingual> results = new LinkedHashMap<>();
		Map<UUID, Map<UUID, Trilingual>> indicators = new LinkedHashMap<>();
		Map<UUID, Map<UUID, Project.Period>> periods = new LinkedHashMap<>();
		for (Row row : rows) {
			results.putIfAbsent(row.result(), row.resultTitle());
			if (row.indicator() == null) {
				continue;
			}
			indicators.computeIfAbsent(row.result(), (key) -> new LinkedHashMap<>())
				.putIfAbsent(row.indicator(), row.indicatorTitle());
			if (row.period() == null) {
				continue;
			}
			Project.Period period = periods.computeIfAbsent(row.indicator(), (key) -> new LinkedHashMap<>())
				.computeIfAbsent(row.period().id(),
						(key) -> new Project.Period(key, row.period().start(), row.period().end(), new ArrayList<>()));
			if (row.figure() != null) {
				period.figures().add(row.figure());
			}
		}
		List<Project.Result> tree = new ArrayList<>();
		results.forEach((resultId, title) -> {
			List<Project.Indicator> measured = new ArrayList<>();
			indicators.getOrDefault(resultId, Map.of())
				.forEach((indicatorId, indicatorTitle) -> measured
					.add(new Project.Indicator(indicatorId, indicatorTitle,
							periods.getOrDefault(indicatorId, Map.of())
								.values()
								.stream()
								.map((p) -> new Project.Period(p.id(), p.start(), p.end(), List.copyOf(p.figures())))
								.toList())));
			tree.add(new Project.Result(resultId, title, List.copyOf(measured)));
		});
		return tree;
	}

	private static Row row(ResultSet rs, int number) throws SQLException {
		UUID indicator = rs.getObject("i_id", UUID.class);
		UUID period = rs.getObject("p_id", UUID.class);
		UUID figure = rs.getObject("f_id", UUID.class);
		return new Row(rs.getObject("r_id", UUID.class),
				new Trilingual(rs.getString("r_fr"), rs.getString("r_nl"), rs.getString("r_en")), indicator,
				(indicator != null) ? new Trilingual(rs.getString("i_fr"), rs.getString("i_nl"), rs.getString("i_en"))
						: null,
				(period != null) ? new Project.Period(period, rs.getDate("period_start").toLocalDate(),
						rs.getDate("period_end").toLocalDate(), List.of()) : null,
				(figure != null) ? new Project.Figure(figure, Audience.valueOf(rs.getString("audience")),
						integer(rs, "baseline_count"), integer(rs, "target_count"), integer(rs, "actual_count"),
						FigureSource.valueOf(rs.getString("source_kind")), rs.getString("source_label"),
						rs.getString("source_address"), rs.getBoolean("illustrative")) : null);
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private record Row(UUID result, Trilingual resultTitle, UUID indicator, Trilingual indicatorTitle,
			Project.Period period, Project.Figure figure) {
	}

}
