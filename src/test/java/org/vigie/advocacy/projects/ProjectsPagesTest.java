package org.vigie.advocacy.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.TestClock;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.advocacy.figures.Audience;
import org.vigie.advocacy.figures.ProjectReach;
import org.vigie.site.Language;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader sees of the projects: the list with partners, countries in the reader's
 * language, years and reach (Golondrina's 2,100 pupils and 380 teachers), a page per
 * project with its translations and its schema.org description, the section on the
 * advocacy page, the figures the impact page reads, and text that stays text however it
 * was typed.
 */
@AdvocacyTest
class ProjectsPagesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private SiteClient site;

	@Autowired
	private ProjectReach reach;

	@Autowired
	private ProjectStore projects;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@Test
	void theListShowsPartnersCountriesYearsAndReach() {
		Document english = this.site.page("/en/advocacy/projects");
		Element golondrina = english.selectFirst("[data-project][data-code=golondrina]");
		assertThat(golondrina).isNotNull();
		assertThat(golondrina.selectFirst("[data-countries]").text()).contains("Colombia");
		assertThat(golondrina.selectFirst("[data-years]").text()).isEqualTo("2010–2014");
		assertThat(golondrina.selectFirst("[data-audience=STUDENTS]").text()).contains("2,100");
		assertThat(golondrina.selectFirst("[data-audience=TEACHERS]").text()).contains("380");
		Element together = english.selectFirst("[data-project][data-code=together]");
		assertThat(together.selectFirst("[data-partners]").text()).contains("Missing Children Europe", "eNACSO");
		assertThat(english.select("[data-demo-notice]")).isNotEmpty();
		assertThat(english.selectFirst("a[data-iati]").attr("href")).isEqualTo("/en/advocacy/projects.xml");
		assertThat(
				this.site.page("/fr/plaidoyer/projets").selectFirst("[data-code=golondrina] [data-countries]").text())
			.contains("Colombie");
		assertThat(this.site.page("/nl/beleidswerk/projecten")
			.selectFirst("[data-code=dakar-mapping] [data-countries]")
			.text()).contains("Senegal");
	}

	@Test
	void aProjectHasItsPageInThreeLanguagesWithStructuredDataAndNews() {
		Document page = this.site.page("/en/advocacy/projects/together");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Together against Sexual Exploitation of Children");
		assertThat(page.selectFirst("link[rel=alternate][hreflang=fr]").attr("href"))
			.endsWith("/fr/plaidoyer/projets/together");
		assertThat(page.selectFirst("link[rel=alternate][hreflang=nl]").attr("href"))
			.endsWith("/nl/beleidswerk/projecten/together");
		JsonNode project = structured(page, "ResearchProject");
		assertThat(project.get("member").toString()).contains("Missing Children Europe", "eNACSO");
		assertThat(project.get("areaServed")).hasSize(27);
		assertThat(page.select("[data-news] a")).extracting((a) -> a.attr("href"))
			.anyMatch((href) -> href.endsWith("/eu-directive-research-27-countries"));

		Document mario = this.site.page("/fr/plaidoyer/projets/mario");
		assertThat(mario.selectFirst("[data-partners]").text()).contains("Terre des Hommes", "coordinateur");
		assertThat(mario.select("[data-news] a")).isNotEmpty();
		assertThat(structured(mario, "Project").get("member").toString()).contains("Terre des Hommes");

		Document golondrina = this.site.page("/en/advocacy/projects/golondrina");
		assertThat(golondrina.select("[data-figure][data-audience=STUDENTS] [data-actual]").text()).isEqualTo("2,100");
		assertThat(golondrina.select("[data-figure][data-audience=STUDENTS] [data-source]").text())
			.contains("Golondrina project report");
		assertThat(structured(golondrina, "Project").get("areaServed").get(0).get("name").asString())
			.isEqualTo("Colombia");
		assertThat(this.site.get("/en/advocacy/projects/no-such-project").statusCode()).isEqualTo(404);
	}

	@Test
	void theAdvocacyPageShowsTheProjectsWithTheirReach() {
		Document page = this.site.page("/en/advocacy");
		Element section = page.selectFirst("[data-advocacy-projects]");
		assertThat(section).isNotNull();
		assertThat(section.selectFirst("[data-code=golondrina] [data-audience=STUDENTS]").text()).contains("2,100");
		assertThat(section.select("[data-demo-notice]")).isNotEmpty();
		assertThat(this.site.page("/fr/plaidoyer").select("[data-advocacy-projects] [data-project]"))
			.hasSizeGreaterThanOrEqualTo(5);
	}

	@Test
	void theImpactPageReadsEachPeriodsReachWithItsSource() {
		List<ProjectReach.Reached> golondrina = this.reach.reached(Language.EN)
			.stream()
			.filter((r) -> r.path().equals("/en/advocacy/projects/golondrina"))
			.toList();
		assertThat(golondrina).extracting(ProjectReach.Reached::audience, ProjectReach.Reached::count)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Audience.STUDENTS, 2100),
					org.assertj.core.groups.Tuple.tuple(Audience.TEACHERS, 380));
		assertThat(golondrina).allSatisfy((r) -> {
			assertThat(r.source()).isEqualTo("Golondrina project report");
			assertThat(r.from()).isEqualTo(LocalDate.of(2010, 1, 1));
			assertThat(r.project()).isEqualTo("Golondrina (Colombia)");
		});
		assertThat(this.reach.placed(Language.FR)).filteredOn((p) -> p.path().endsWith("/golondrina"))
			.singleElement()
			.satisfies((p) -> {
				assertThat(p.countries()).containsExactly("CO");
				assertThat(p.fromYear()).isEqualTo(2010);
				assertThat(p.toYear()).isEqualTo(2014);
			});
	}

	@Test
	void textStaysTextOnThePageInItsStructuredDataAndInTheExports() {
		// Written straight to the table, as an older import or a slip in a future form
		// could.
		String hostile = "Jack & Jill <script>alert(1)</script> \"</script><img src=x onerror=alert(2)>";
		String code = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = this.projects.save(null,
				new ProjectDraft(code, new org.vigie.advocacy.organisations.Trilingual("t", "t", "t"),
						new org.vigie.advocacy.organisations.Trilingual("s", "s", "s"), ProjectStatus.RUNNING, false,
						LocalDate.of(2020, 1, 1), null, List.of(), List.of(), false),
				this.clock.instant());
		this.jdbc.sql("update advocacy_projects_project set title_en = ?, summary_en = ? where id = ?")
			.params(hostile, hostile, id)
			.update();
		String html = this.site.get("/en/advocacy/projects/" + code).body();
		assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
		Document page = this.site.page("/en/advocacy/projects/" + code);
		assertThat(page.selectFirst("h1").text()).isEqualTo(hostile);
		assertThat(structured(page, "Project").get("name").asString()).isEqualTo(hostile);
		String xml = this.site.get("/en/advocacy/projects.xml").body();
		assertThat(xml).doesNotContain("<script>").contains("Jack &amp; Jill &lt;script&gt;");
		this.jdbc.sql("update advocacy_projects_project set title_en = ?, summary_en = ? where id = ?")
			.params("t", "s", id)
			.update();
	}

	/** The page's schema.org object of this type (the JSON-LD must parse). */
	static JsonNode structured(Document page, String type) {
		Element script = page.selectFirst("script[type=application/ld+json]");
		assertThat(script).isNotNull();
		JsonNode document = JSON.readTree(script.data());
		for (JsonNode node : document.get("@graph")) {
			if (type.equals(node.path("@type").asString())) {
				return node;
			}
		}
		throw new AssertionError("No " + type + " in " + script.data());
	}

}
