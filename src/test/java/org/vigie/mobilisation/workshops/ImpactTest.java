package org.vigie.mobilisation.workshops;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.TestClock;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.web.ActionListing;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published reach counts delivered workshops only, per project and year and by
 * region, on a page in each language and as JSON, and survives a contact's erasure.
 */
@MobilisationTest
class ImpactTest {

	@Autowired
	private Projects projects;

	@Autowired
	private ReachFigures figures;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SiteClient site;

	@Autowired
	private TestClock clock;

	@Autowired
	private List<ActionListing> listings;

	@Test
	void deliveredWorkshopsAreCountedPerProjectYearAndRegion() {
		Project project = WorkshopForms.project(this.projects, this.clock);
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
		delivered(project, "Lycée A", "LIEGE", "DELIVERED", day, 40, 2);
		delivered(project, "lycée  a", "LIEGE", "EVALUATED", day, 20, 1);
		delivered(project, "Jeugdhuis B", "ANTWERP", "DELIVERED", day, 12, 3);
		delivered(project, "Centre C", "NAMUR", "SCHEDULED", null, null, null);

		ReachFigures.ProjectYear year = this.figures.all()
			.stream()
			.filter((y) -> y.project().id().equals(project.id()))
			.collect(java.util.stream.Collectors.toList())
			.get(0);
		assertThat(year.year()).isEqualTo(day.getYear());
		assertThat(year.figures()).isEqualTo(new ReachFigures.Figures(3, 72, 6, 2));
		assertThat(year.regions()).extracting((r) -> r.region().name()).containsExactly("ANTWERP", "LIEGE");

		Document page = this.site.page("/nl/workshops/impact");
		assertThat(page.select("[data-impact-year]").text()).contains("Workshop " + project.code())
			.contains("Bereikte jongeren: 72")
			.contains("Luik");
		String json = this.site.get("/en/workshops/impact.json").body();
		assertThat(json).contains("\"project\":\"" + project.code() + "\"")
			.contains("\"youngPeople\":72")
			.contains("\"label\":\"Liège\"");
		assertThat(this.site.page("/fr/ateliers/impact").select("h1").text())
			.isEqualTo("Portée des ateliers de prévention");
	}

	private void delivered(Project project, String organisation, String region, String state, LocalDate day,
			Integer young, Integer teachers) {
		this.jdbc
			.sql("""
					insert into mobilisation_workshops_request (id, project_id, organisation, organisation_key, kind, region,
						age_group, young_people, periods, language, state, delivered_on, reached_young, reached_teachers,
						created_at, confirmed_at, changed_at)
					values (?, ?, ?, ?, 'SCHOOL', ?, 'AGE_12_14', 30, 'M03', 'fr', ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), project.id(), organisation, organisation.toLowerCase().replaceAll("\\s+", " "),
					region, state, (day != null) ? java.sql.Date.valueOf(day) : null, young, teachers,
					java.sql.Timestamp.from(this.clock.instant()), java.sql.Timestamp.from(this.clock.instant()),
					java.sql.Timestamp.from(this.clock.instant()))
			.update();
	}

}
