package org.vigie.mobilisation.workshops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.mobilisation.workshops.Choices.Region;

/**
 * What the workshops reached, per project and year of delivery, and by region: the
 * published figures of the impact page. They count workshops, never persons, so small
 * counts are shown as they are. They survive the erasure of the requests' contacts.
 */
@Component
public class ReachFigures {

	private static final String DELIVERED = "state in ('DELIVERED', 'EVALUATED') and delivered_on is not null";

	private final JdbcClient jdbc;

	private final Projects projects;

	ReachFigures(JdbcClient jdbc, Projects projects) {
		this.jdbc = jdbc;
		this.projects = projects;
	}

	/** Every project and year with a delivered workshop, the latest year first. */
	public List<ProjectYear> all() {
		Map<UUID, Project> byId = new LinkedHashMap<>();
		this.projects.all().forEach((project) -> byId.put(project.id(), project));
		Map<String, List<RegionFigures>> regions = new LinkedHashMap<>();
		this.jdbc
			.sql("select project_id, extract(year from delivered_on) as yr, region, count(*) as workshops,"
					+ " sum(reached_young) as young, sum(reached_teachers) as teachers,"
					+ " count(distinct organisation_key) as organisations from mobilisation_workshops_request where "
					+ DELIVERED + " group by project_id, extract(year from delivered_on), region order by region")
			.query((rs, row) -> regions
				.computeIfAbsent(rs.getObject("project_id", UUID.class) + "/" + rs.getInt("yr"),
						(key) -> new ArrayList<>())
				.add(new RegionFigures(Region.valueOf(rs.getString("region")),
						new Figures(rs.getInt("workshops"), rs.getInt("young"), rs.getInt("teachers"),
								rs.getInt("organisations")))))
			.list();
		return this.jdbc
			.sql("select project_id, extract(year from delivered_on) as yr, count(*) as workshops,"
					+ " sum(reached_young) as young, sum(reached_teachers) as teachers,"
					+ " count(distinct organisation_key) as organisations from mobilisation_workshops_request where "
					+ DELIVERED + " group by project_id, extract(year from delivered_on) order by yr desc, project_id")
			.query((rs, row) -> {
				UUID projectId = rs.getObject("project_id", UUID.class);
				int year = rs.getInt("yr");
				return new ProjectYear(
						byId.get(projectId), year, new Figures(rs.getInt("workshops"), rs.getInt("young"),
								rs.getInt("teachers"), rs.getInt("organisations")),
						regions.getOrDefault(projectId + "/" + year, List.of()));
			})
			.list();
	}

	/**
	 * The reach of a set of workshops.
	 *
	 * @param workshops how many were delivered
	 * @param youngPeople young people reached
	 * @param teachers teachers and educators reached
	 * @param organisations how many organisations asked for them
	 */
	public record Figures(int workshops, int youngPeople, int teachers, int organisations) {
	}

	/**
	 * One region's share.
	 *
	 * @param region the region
	 * @param figures its reach
	 */
	public record RegionFigures(Region region, Figures figures) {
	}

	/**
	 * A project's reach in one year.
	 *
	 * @param project the project
	 * @param year the year of delivery
	 * @param figures its reach
	 * @param regions its reach by region
	 */
	public record ProjectYear(Project project, int year, Figures figures, List<RegionFigures> regions) {
	}

}
