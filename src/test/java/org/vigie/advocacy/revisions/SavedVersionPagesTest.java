package org.vigie.advocacy.revisions;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.StaffBrowser;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.advocacy.Advocates;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.Theme;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.identity.Role;
import org.vigie.mobilisation.Campaigners;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edit pages of recommendations, projects and instruments link each saved version to
 * a read-only page listing its fields as saved (a text per language on its own line); a
 * version of another item, an unknown one or a malformed address is not found, and staff
 * of another role are turned away.
 */
@AdvocacyTest
class SavedVersionPagesTest {

	private static final String ADMIN = "/admin/advocacy";

	@Autowired
	private ApplicationContext context;

	@Autowired
	private TrackerStore tracker;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void eachVersionOpensOnItsOwnPageAndOnlyUnderItsOwnItem() {
		StaffBrowser officer = Advocates.signIn(this.context, Language.EN).browser();
		String recommendation = createRecommendation(officer, "Train every police officer to listen to children.");
		String other = createRecommendation(officer, "Hear every child before a decision on their stay.");
		String project = createProject(officer);
		String instrument = editInstrument(officer);

		Document version = open(officer, recommendation);
		assertThat(version.selectFirst("h1").text()).startsWith("Saved version of rec-");
		assertThat(version.select("[data-field='text (en)'] td").text())
			.isEqualTo("Train every police officer to listen to children.");
		assertThat(version.select("[data-field='text (nl)'] td").text()).startsWith("Elke politieagent");
		assertThat(version.select("[data-field=progress] td").text()).isEqualTo("NO_EVIDENCE");
		assertThat(version.select("[data-revision-meta]").text()).contains("created");
		assertThat(version.selectFirst("[data-back]").attr("href")).isEqualTo(recommendation);

		Document projectVersion = open(officer, project);
		assertThat(projectVersion.select("[data-field='title (en)'] td").text()).startsWith("Versions ");
		assertThat(projectVersion.select("[data-field=countries] td").text()).contains("BE", "SN");

		Document instrumentPage = Jsoup.parse(officer.get(instrument).body());
		assertThat(instrumentPage.select("[data-revisions] > li a")).hasSize(2);
		String provisionVersion = instrumentPage.select("[data-revision=tracker-provision] a").attr("href");
		assertThat(Jsoup.parse(officer.get(provisionVersion).body()).select("[data-field=title_en] td").text())
			.isEqualTo("Offences, as amended");
		String instrumentVersion = instrumentPage.select("[data-revision=tracker-instrument] a").attr("href");
		assertThat(Jsoup.parse(officer.get(instrumentVersion).body()).select("[data-field=title_en] td").text())
			.isEqualTo("Amended directive");

		String otherVersion = versionId(officer, other);
		assertThat(officer.get(recommendation + "/revisions/" + otherVersion).statusCode()).isEqualTo(404);
		assertThat(officer.get(project + "/revisions/" + otherVersion).statusCode()).isEqualTo(404);
		assertThat(officer.get(instrument + "/revisions/" + otherVersion).statusCode()).isEqualTo(404);
		String projectVersionId = versionId(officer, project);
		assertThat(officer.get(recommendation + "/revisions/" + projectVersionId).statusCode()).isEqualTo(404);
		String provisionVersionId = provisionVersion.substring(provisionVersion.lastIndexOf('/') + 1);
		assertThat(officer.get(project + "/revisions/" + provisionVersionId).statusCode()).isEqualTo(404);
		assertThat(officer.get(recommendation + "/revisions/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(officer.get(recommendation + "/revisions/not-an-id").statusCode()).isEqualTo(404);
		assertThat(officer.get(ADMIN + "/recommendations/" + UUID.randomUUID() + "/revisions/" + otherVersion)
			.statusCode()).isEqualTo(404);

		StaffBrowser campaigner = Campaigners.signIn(this.context, Role.CAMPAIGNER, Language.EN).browser();
		assertThat(campaigner.get(recommendation + "/revisions/" + versionId(officer, recommendation)).statusCode())
			.isEqualTo(403);
	}

	private static Document open(StaffBrowser officer, String edit) {
		String href = Jsoup.parse(officer.get(edit).body()).select("[data-revisions] a").last().attr("href");
		assertThat(href).startsWith(edit + "/revisions/");
		HttpResponse<String> page = officer.get(href);
		assertThat(page.statusCode()).isEqualTo(200);
		return Jsoup.parse(page.body());
	}

	private static String versionId(StaffBrowser officer, String edit) {
		String href = Jsoup.parse(officer.get(edit).body()).select("[data-revisions] a").last().attr("href");
		return href.substring(href.lastIndexOf('/') + 1);
	}

	private String createRecommendation(StaffBrowser officer, String english) {
		String path = ADMIN + "/recommendations";
		Map<String, String> fields = new HashMap<>();
		fields.put("code", "rec-" + UUID.randomUUID().toString().substring(0, 8));
		fields.put("origin", "NGO_EVENT");
		fields.put("madeOn", "2024-05-21");
		fields.put("reference", "Rapport annuel 2024");
		fields.put("text_fr", "Former chaque policier à l’écoute des enfants.");
		fields.put("text_nl", "Elke politieagent leren naar kinderen te luisteren.");
		fields.put("text_en", english);
		fields.put("addressee",
				this.jdbc.sql("select id from advocacy_recommendations_addressee where code = ?")
					.param("guardianship-service")
					.query(String.class)
					.single());
		fields.put("response", "NONE");
		fields.put("progress", "NO_EVIDENCE");
		return location(officer.submit(path + "/new", path, fields));
	}

	private String createProject(StaffBrowser officer) {
		String path = ADMIN + "/projects/new";
		String code = "v-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> fields = new HashMap<>();
		fields.put("code", code);
		fields.put("title_fr", "Versions " + code + " (fr)");
		fields.put("title_nl", "Versies " + code);
		fields.put("title_en", "Versions " + code);
		fields.put("summary_fr", "Résumé");
		fields.put("summary_nl", "Samenvatting");
		fields.put("summary_en", "Summary");
		fields.put("status", "RUNNING");
		fields.put("startsOn", "2010-01-01");
		fields.put("countries", "SN, BE");
		return location(officer.submit(path, path, fields));
	}

	private String editInstrument(StaffBrowser officer) {
		String code = "vi-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = this.tracker.addInstrument(code, "32099L0002", null, null, null, null, texts("Directive"),
				texts("Dir"), false, java.time.Instant.now());
		UUID provision = this.tracker.addProvision(id, "3", Theme.OFFENCES, 10, texts("Offences"), null, false);
		Instrument instrument = this.tracker.instrument(id).orElseThrow();
		String edit = ADMIN + "/tracker/" + instrument.code() + "/edit";
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("celex", "32099L0002");
		fields.put("title_fr", "Directive modifiée");
		fields.put("title_nl", "Gewijzigde richtlijn");
		fields.put("title_en", "Amended directive");
		fields.put("short_fr", "Modifiée");
		fields.put("short_nl", "Gewijzigd");
		fields.put("short_en", "Amended");
		assertThat(officer.submit(edit, edit, fields).statusCode()).isEqualTo(302);
		Map<String, String> article = new LinkedHashMap<>(
				Map.of("article", "3", "theme", "OFFENCES", "sort_key", "10", "title_fr", "Infractions modifiées",
						"title_nl", "Gewijzigde strafbare feiten", "title_en", "Offences, as amended"));
		String action = ADMIN + "/tracker/" + instrument.code() + "/provisions/" + provision;
		assertThat(officer.submit(edit, action, article).statusCode()).isEqualTo(302);
		return edit;
	}

	private static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		return response.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceAll("\\?.*$", "")
			.replaceFirst("^https?://[^/]+", "");
	}

	private static Map<Language, String> texts(String text) {
		Map<Language, String> texts = new java.util.EnumMap<>(Language.class);
		Language.all().forEach((language) -> texts.put(language, text));
		return texts;
	}

}
