package org.vigie.advocacy.projects;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.advocacy.Advocates;
import org.vigie.identity.Role;
import org.vigie.mobilisation.Campaigners;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An advocacy officer edits projects in the back-office: a new project with partners,
 * countries and figures shows on its page and on the advocacy page at once (the cached
 * page is evicted), every save is a revision listed on the edit page; malformed,
 * oversized and hostile input is refused with a clear message and writes nothing; a form
 * without its CSRF token and staff of another role are turned away.
 */
@AdvocacyTest
class ProjectsAdminTest {

	private static final String NEW = "/admin/advocacy/projects/new";

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SiteClient site;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aNewProjectAndItsFiguresShowOnThePublicPagesAtOnce() {
		String code = code();
		String title = "Safer schools " + code;
		assertThat(this.site.page("/en/advocacy").text()).doesNotContain(title);
		StaffBrowser officer = Advocates.signIn(this.context, Language.EN).browser();
		HttpResponse<String> saved = officer.submit(NEW, NEW, project(code, title));
		assertThat(saved.statusCode()).isEqualTo(302);
		String edit = saved.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceAll("\\?.*$", "")
			.replaceFirst("^https?://[^/]+", "");
		Document advocacy = this.site.page("/en/advocacy");
		assertThat(advocacy.selectFirst("[data-advocacy-projects]").text()).contains(title);
		Document page = this.site.page("/en/advocacy/projects/" + code);
		assertThat(page.selectFirst("[data-countries]").text()).isEqualTo("Belgium, Senegal");
		assertThat(page.selectFirst("[data-partners]").text()).contains("Missing Children Europe", "funder");

		Map<String, String> figure = figure("150");
		HttpResponse<String> added = officer.submit(edit, edit + "/figures", figure);
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(this.site.page("/en/advocacy/projects/" + code)
			.select("[data-figure][data-audience=STUDENTS] [data-actual]")
			.text()).isEqualTo("150");
		assertThat(
				this.site.page("/en/advocacy").selectFirst("[data-code=" + code + "] [data-audience=STUDENTS]").text())
			.contains("150");
		Document form = Jsoup.parse(officer.get(edit).body());
		assertThat(form.select("[data-revision]")).hasSize(2);
		assertThat(form.select("[data-figure]")).hasSize(1);

		String post = form.selectFirst("input[name=news_en]").attr("value");
		assertThat(officer.submit(edit, edit + "/news", Map.of("news_en", post)).statusCode()).isEqualTo(302);
		assertThat(this.site.page("/en/advocacy/projects/" + code).select("[data-news] a"))
			.extracting((a) -> a.attr("href"))
			.containsExactly(post);
		assertThat(Jsoup.parse(officer.get(edit).body()).select("[data-revision]")).hasSize(3);
	}

	@Test
	void badInputIsRefusedWithAClearMessageAndNothingIsWritten() {
		StaffBrowser officer = Advocates.signIn(this.context, Language.EN).browser();
		long projects = count("advocacy_projects_project");
		refused(officer, "countries", "BE, XZ", "countries", "not a known two-letter country code");
		refused(officer, "endsOn", "2009-12-31", "endsOn", "the end comes before the start");
		refused(officer, "title_en", "x".repeat(5000), "title_en", "this text is too long");
		refused(officer, "title_fr", "<script>alert(1)</script>", "title_fr", "plain text only");
		refused(officer, "code", "Not a code!", "code", "lower-case letters");
		refused(officer, "startsOn", "31/12/2010", "startsOn", "give a day such as");
		assertThat(count("advocacy_projects_project")).isEqualTo(projects);

		String code = code();
		HttpResponse<String> saved = officer.submit(NEW, NEW, project(code, "Figures " + code));
		String edit = saved.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceAll("\\?.*$", "")
			.replaceFirst("^https?://[^/]+", "");
		long figures = count("advocacy_projects_figure");
		HttpResponse<String> negative = officer.submit(edit, edit + "/figures", figure("-5"));
		assertThat(negative.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(negative.body()).selectFirst("[data-problem]").text())
			.contains("a count is a whole number");
		Map<String, String> hostileSource = figure("10");
		hostileSource.put("sourceAddress", "javascript:alert(1)");
		assertThat(officer.submit(edit, edit + "/figures", hostileSource).statusCode()).isEqualTo(400);
		assertThat(count("advocacy_projects_figure")).isEqualTo(figures);
	}

	@Test
	void formsNeedTheirCsrfTokenAndTheAdvocacyRole() {
		StaffBrowser officer = Advocates.signIn(this.context, Language.EN).browser();
		long projects = count("advocacy_projects_project");
		assertThat(officer.post(NEW, project(code(), "No token")).statusCode()).isEqualTo(403);
		Campaigners.Signed campaigner = Campaigners.signIn(this.context, Role.CAMPAIGNER, Language.EN);
		assertThat(campaigner.browser().get("/admin/advocacy/projects").statusCode()).isEqualTo(403);
		assertThat(campaigner.browser().get("/admin/advocacy/networks").statusCode()).isEqualTo(403);
		Map<String, String> fields = project(code(), "Wrong role");
		fields.put("_csrf", campaigner.browser().csrf("/admin"));
		assertThat(campaigner.browser().post(NEW, fields).statusCode()).isEqualTo(403);
		assertThat(count("advocacy_projects_project")).isEqualTo(projects);
	}

	private void refused(StaffBrowser officer, String field, String value, String expectedField, String message) {
		Map<String, String> fields = project(code(), "Refused");
		fields.put(field, value);
		HttpResponse<String> response = officer.submit(NEW, NEW, fields);
		assertThat(response.statusCode()).as(field).isEqualTo(400);
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("[data-problem]").attr("data-field")).isEqualTo(expectedField);
		assertThat(page.selectFirst("[data-problem]").text()).contains("Nothing was saved", message);
		assertThat(response.body()).doesNotContain("<script>alert(1)");
	}

	private Map<String, String> project(String code, String title) {
		String mce = this.jdbc
			.sql("select id from advocacy_organisations_organisation where slug = 'missing-children-europe'")
			.query(String.class)
			.single();
		Map<String, String> fields = new HashMap<>();
		fields.put("code", code);
		fields.put("title_fr", title + " (fr)");
		fields.put("title_nl", title + " (nl)");
		fields.put("title_en", title);
		fields.put("summary_fr", "Résumé");
		fields.put("summary_nl", "Samenvatting");
		fields.put("summary_en", "Summary");
		fields.put("status", "RUNNING");
		fields.put("startsOn", "2010-01-01");
		fields.put("endsOn", "2011-06-30");
		fields.put("countries", "sn, BE");
		fields.put("partner_0", mce);
		fields.put("partnerRole_0", "FUNDER");
		return fields;
	}

	private static Map<String, String> figure(String actual) {
		Map<String, String> fields = new HashMap<>();
		fields.put("result_fr", "Écoles");
		fields.put("result_nl", "Scholen");
		fields.put("result_en", "Schools");
		fields.put("indicator_fr", "Élèves");
		fields.put("indicator_nl", "Leerlingen");
		fields.put("indicator_en", "Pupils");
		fields.put("start", "2010-01-01");
		fields.put("end", "2010-12-31");
		fields.put("audience", "STUDENTS");
		fields.put("actual", actual);
		fields.put("source", "REPORT");
		fields.put("sourceLabel", "Activity report");
		return fields;
	}

	private static String code() {
		return "p-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
