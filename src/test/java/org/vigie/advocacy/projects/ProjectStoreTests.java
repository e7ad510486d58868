package org.vigie.advocacy.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.DatabaseTest;
import org.vigie.TestClock;
import org.vigie.advocacy.figures.Audience;
import org.vigie.advocacy.organisations.Organisation;
import org.vigie.advocacy.organisations.OrganisationKind;
import org.vigie.advocacy.organisations.OrganisationStore;
import org.vigie.advocacy.organisations.Refused;
import org.vigie.advocacy.organisations.Trilingual;
import org.vigie.advocacy.web.AdvocacyCache;
import org.vigie.learning.LearningDatabaseParts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The projects' SQL on each database (H2, and PostgreSQL in its run): a project read
 * whole (countries, partners, results down to their figures), figures that find their
 * result, indicator and period or create them, the reach query the impact page adds up,
 * removal that leaves no empty period behind, and refusals that write nothing.
 */
@DatabaseTest
@Import({ OrganisationStore.class, ProjectStore.class, ProjectParts.class, FigureStore.class, AdvocacyCache.class,
		LearningDatabaseParts.class })
class ProjectStoreTests {

	private static final Trilingual RESULT = new Trilingual("Écoles sensibilisées", "Scholen", "Schools made aware");

	private static final Trilingual INDICATOR = new Trilingual("Personnes", "Personen", "People made aware");

	@Autowired
	private ProjectStore projects;

	@Autowired
	private FigureStore figures;

	@Autowired
	private OrganisationStore organisations;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	private UUID partner;

	private String code;

	@BeforeEach
	void partner() {
		this.partner = this.organisations.save(new Organisation(null, null, "Partner " + UUID.randomUUID(), "PTN",
				OrganisationKind.NGO, "co", null, null, false, false), this.clock.instant());
		this.code = "test-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aProjectIsReadWholeAndItsFiguresFeedTheReach() {
		UUID id = this.projects.save(null, draft(this.code, LocalDate.of(2014, 12, 31)), this.clock.instant());
		UUID students = this.figures.save(id, figure(Audience.STUDENTS, 2100));
		this.figures.save(id, figure(Audience.TEACHERS, 380));
		this.figures.save(id, figure(Audience.TEACHERS, 390));

		Project project = this.projects.byCode(this.code).orElseThrow();
		assertThat(project.countries()).containsExactly("CO", "SN");
		assertThat(project.partners()).singleElement()
			.satisfies((p) -> assertThat(p.organisation().country()).isEqualTo("CO"));
		assertThat(project.results()).singleElement()
			.satisfies((result) -> assertThat(result.indicators()).singleElement()
				.satisfies((indicator) -> assertThat(indicator.periods()).singleElement()
					.satisfies((period) -> assertThat(period.figures()).hasSize(2))));
		assertThat(project.reached(Audience.STUDENTS)).isEqualTo(2100);
		assertThat(project.reached(Audience.TEACHERS)).as("a second save replaces the audience's figure")
			.isEqualTo(390);
		assertThat(this.figures.reach()).filteredOn((reach) -> reach.code().equals(this.code))
			.extracting(FigureStore.Reach::audience, FigureStore.Reach::count, FigureStore.Reach::sourceLabel)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Audience.STUDENTS, 2100, "Final report"),
					org.assertj.core.groups.Tuple.tuple(Audience.TEACHERS, 390, "Final report"));

		assertThat(this.figures.remove(id, students)).isTrue();
		assertThat(this.figures.remove(UUID.randomUUID(), students)).isFalse();
		this.figures.remove(id, this.projects.byId(id).orElseThrow().figures().findFirst().orElseThrow().id());
		assertThat(this.projects.byId(id).orElseThrow().results()).as("emptied results go too").isEmpty();
		assertThat(count("advocacy_projects_period")).isEqualTo(count("advocacy_projects_period p where exists "
				+ "(select 1 from advocacy_projects_figure f where f.period_id = p.id)"));
	}

	@Test
	void refusedDraftsWriteNothing() {
		long before = count("advocacy_projects_project");
		refused(draft("Bad Code", null), "advocacy.projects.problem.code");
		refused(new ProjectDraft(this.code, RESULT, RESULT, ProjectStatus.CLOSED, false, LocalDate.of(2014, 1, 1),
				LocalDate.of(2013, 1, 1), List.of(), List.of(), false), "advocacy.projects.problem.endBeforeStart");
		refused(new ProjectDraft(this.code, RESULT, RESULT, ProjectStatus.CLOSED, false, LocalDate.of(2014, 1, 1), null,
				List.of("XZ"), List.of(), false), "advocacy.networks.problem.country");
		refused(new ProjectDraft(this.code, new Trilingual("<script>alert(1)</script>", "a", "b"), RESULT,
				ProjectStatus.CLOSED, false, LocalDate.of(2014, 1, 1), null, List.of(), List.of(), false),
				"advocacy.networks.problem.markup");
		refused(new ProjectDraft(this.code, new Trilingual("x".repeat(201), "a", "b"), RESULT, ProjectStatus.CLOSED,
				false, LocalDate.of(2014, 1, 1), null, List.of(), List.of(), false),
				"advocacy.networks.problem.length");
		refused(new ProjectDraft(this.code, RESULT, RESULT, ProjectStatus.CLOSED, false, LocalDate.of(2014, 1, 1), null,
				List.of(), List.of(new ProjectDraft.PartnerDraft(UUID.randomUUID(), PartnerRole.LEAD)), false),
				"advocacy.projects.problem.partner");
		assertThat(count("advocacy_projects_project")).isEqualTo(before);

		UUID id = this.projects.save(null, draft(this.code, null), this.clock.instant());
		long figures = count("advocacy_projects_figure");
		assertThatThrownBy(() -> this.figures.save(id, figure(Audience.STUDENTS, -1))).isInstanceOfSatisfying(
				Refused.class, (r) -> assertThat(r.key()).isEqualTo("advocacy.projects.problem.count"));
		assertThatThrownBy(() -> this.figures.save(id,
				new FigureDraft(RESULT, INDICATOR, LocalDate.of(2012, 1, 1), LocalDate.of(2011, 1, 1),
						Audience.STUDENTS, null, null, 5, FigureSource.REPORT, "Report", null, false)))
			.isInstanceOfSatisfying(Refused.class,
					(r) -> assertThat(r.key()).isEqualTo("advocacy.projects.problem.endBeforeStart"));
		assertThat(count("advocacy_projects_figure")).isEqualTo(figures);
		assertThat(count("advocacy_projects_result")).isEqualTo(count("advocacy_projects_result r where exists "
				+ "(select 1 from advocacy_projects_indicator i where i.result_id = r.id)"));
	}

	private void refused(ProjectDraft draft, String key) {
		assertThatThrownBy(() -> this.projects.save(null, draft, this.clock.instant()))
			.isInstanceOfSatisfying(Refused.class, (r) -> assertThat(r.key()).isEqualTo(key));
	}

	private ProjectDraft draft(String code, LocalDate end) {
		return new ProjectDraft(code, new Trilingual("Titre", "Titel", "Title"),
				new Trilingual("Résumé", "Samenvatting", "Summary"), ProjectStatus.CLOSED, false,
				LocalDate.of(2010, 1, 1), end, List.of("sn", "CO", "CO"),
				List.of(new ProjectDraft.PartnerDraft(this.partner, PartnerRole.PARTNER)), false);
	}

	private static FigureDraft figure(Audience audience, int actual) {
		return new FigureDraft(RESULT, INDICATOR, LocalDate.of(2010, 1, 1), LocalDate.of(2014, 12, 31), audience, null,
				null, actual, FigureSource.REPORT, "Final report", null, false);
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
