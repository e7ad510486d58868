package org.vigie.advocacy.tracker.admin;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.advocacy.Advocates;
import org.vigie.advocacy.tracker.Cell;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.Matrix;
import org.vigie.advocacy.tracker.Provision;
import org.vigie.advocacy.tracker.Status;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Instruments and provisions are created and edited in three languages, each save keeps a
 * revision the page lists, and wrong or hostile fields are refused with nothing saved;
 * the demo recast maps its articles to the 2011 directive's and carries over the
 * assessments of those it keeps unchanged.
 */
@AdvocacyTest
class InstrumentEditingTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private TrackerStore tracker;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anInstrumentAndItsProvisionsAreSavedWithRevisions() {
		StaffBrowser browser = Advocates.signIn(this.context, Language.EN).browser();
		String code = "i-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> fields = instrument(code);
		fields.put("replaces", "2011-93-eu");
		// A proposal (not adopted), so the tracker keeps opening on the demo directive.
		fields.put("adopted_on", "");

		HttpResponse<String> created = browser.submit(TrackerAdminController.PATH + "/new",
				TrackerAdminController.PATH + "/new", fields);

		String edit = TrackerAdminController.PATH + "/" + code + "/edit";
		assertThat(created.headers().firstValue("Location").orElse("")).endsWith(edit + "?done=saved");
		fields.put("title_nl", "Nieuwe titel <img src=x onerror=alert(1)>");
		assertThat(browser.submit(edit, edit, fields).statusCode()).isEqualTo(302);
		Map<String, String> provision = new LinkedHashMap<>(
				Map.of("article", "7b", "theme", "PREVENTION", "sort_key", "70", "title_fr", "Prévenir", "title_nl",
						"Voorkomen", "title_en", "Preventing", "derived_from", "23", "unchanged", "true"));
		String provisions = TrackerAdminController.PATH + "/" + code + "/provisions";
		assertThat(browser.submit(edit, provisions, provision).statusCode()).isEqualTo(302);

		Instrument saved = this.tracker.instrument(code).orElseThrow();
		assertThat(saved.title(Language.NL)).isEqualTo("Nieuwe titel <img src=x onerror=alert(1)>");
		assertThat(saved.replacesId()).isEqualTo(this.tracker.instrument("2011-93-eu").orElseThrow().id());
		assertThat(saved.adoptedOn()).isNull();
		assertThat(this.tracker.main()).map(Instrument::code).contains("2011-93-eu");
		Provision added = this.tracker.provision(saved.id(), "7b").orElseThrow();
		assertThat(added.unchanged()).isTrue();
		assertThat(this.tracker.provision(added.derivedFromId()).orElseThrow().article()).isEqualTo("23");
		provision.put("title_en", "Preventing abuse");
		assertThat(browser.submit(edit, provisions + "/" + added.id(), provision).statusCode()).isEqualTo(302);
		assertThat(this.tracker.provision(added.id()).orElseThrow().title(Language.EN)).isEqualTo("Preventing abuse");

		HttpResponse<String> page = browser.get(edit);
		Document document = Jsoup.parse(page.body());
		assertThat(document.select("[data-revisions] > li")).hasSize(4);
		assertThat(document.select("[data-revisions] > li[data-revision=tracker-provision]")).hasSize(2);
		assertThat(document.select("[data-revisions] > li").eachText())
			.anySatisfy((line) -> assertThat(line).contains("Provision · changed", "title_en Preventing abuse"));
		assertThat(document.select("img[src=x]")).isEmpty();
		assertThat(page.body()).contains("&lt;img src=x onerror=alert(1)&gt;");
		assertThat(this.jdbc.sql("select count(*) from identity_audit where action like ? and target like ?")
			.params("ADVOCACY_TRACKER_%_SAVED", "advocacy-tracker:" + code + "%")
			.query(Integer.class)
			.single()).isEqualTo(4);
	}

	@Test
	void wrongInstrumentAndProvisionFieldsAreRefusedAndNothingIsSaved() {
		StaffBrowser browser = Advocates.signIn(this.context, Language.EN).browser();
		String code = "w-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> fields = instrument(code);
		fields.put("celex", "not celex");
		fields.put("eli", "javascript:alert(1)");
		fields.put("title_fr", "");
		fields.put("adopted_on", "yesterday");

		HttpResponse<String> refused = browser.submit(TrackerAdminController.PATH + "/new",
				TrackerAdminController.PATH + "/new", fields);

		assertThat(refused.statusCode()).isEqualTo(400);
		Document document = Jsoup.parse(refused.body());
		assertThat(document.select("[data-problem-for]").eachAttr("data-problem-for"))
			.containsExactlyInAnyOrder("celex", "eli", "adopted_on", "title_fr");
		assertThat(document.select("#i-code").val()).isEqualTo(code);
		assertThat(this.tracker.instrument(code)).isEmpty();
		Map<String, String> taken = instrument("2011-93-eu");
		assertThat(Jsoup
			.parse(browser.submit(TrackerAdminController.PATH + "/new", TrackerAdminController.PATH + "/new", taken)
				.body())
			.select("[data-problem-for=code]")
			.text()).isEqualTo("Another instrument already has this code.");

		Instrument instrument = TrackerFixtures.instrument(this.tracker, this.clock);
		String edit = TrackerAdminController.PATH + "/" + instrument.code() + "/edit";
		Map<String, String> provision = new LinkedHashMap<>(Map.of("article", "5", "theme", "NOT_A_THEME", "sort_key",
				"-1", "title_fr", "x".repeat(300), "title_nl", "Iets", "title_en", "Something"));
		HttpResponse<String> duplicate = browser.submit(edit,
				TrackerAdminController.PATH + "/" + instrument.code() + "/provisions", provision);
		assertThat(duplicate.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(duplicate.body())
			.select("[data-new-provision] [data-problem-for]")
			.eachAttr("data-problem-for")).containsExactlyInAnyOrder("article", "theme", "sort_key", "title_fr");
		assertThat(this.tracker.provisions(instrument.id())).hasSize(3);
	}

	@Test
	void theDemoRecastMapsItsArticlesAndCarriesOverThoseKeptUnchanged() {
		Instrument directive = this.tracker.instrument("2011-93-eu").orElseThrow();
		Instrument recast = this.tracker.instrument("com-2024-60").orElseThrow();
		assertThat(recast.celex()).isEqualTo("52024PC0060");
		assertThat(recast.adoptedOn()).isNull();
		assertThat(recast.demo()).isTrue();
		assertThat(recast.replacesId()).isEqualTo(directive.id());
		assertThat(recast.title(Language.EN)).startsWith("Proposal for a directive").endsWith("(recast)");
		assertThat(this.tracker.main()).map(Instrument::code).contains("2011-93-eu");
		Matrix matrix = this.tracker.matrix(recast);
		Matrix original = this.tracker.matrix(directive);
		assertThat(matrix.provisions()).allSatisfy((p) -> assertThat(p.derivedFromId()).isNotNull());
		assertThat(matrix.provisions()).filteredOn(Provision::unchanged).hasSizeGreaterThanOrEqualTo(3);
		assertThat(matrix.provisions()).filteredOn((p) -> !p.unchanged()).hasSizeGreaterThanOrEqualTo(3);
		for (Cell cell : matrix.cells()) {
			Provision from = this.tracker.provision(cell.provision().derivedFromId()).orElseThrow();
			if (cell.provision().unchanged()) {
				assertThat(cell.status()).isEqualTo(original.cell(cell.state(), from).status());
				assertThat(cell.carriedOver()).isEqualTo(cell.assessment() != null);
			}
			else {
				assertThat(cell.status()).isEqualTo(Status.NOT_ASSESSED);
			}
		}
		StaffBrowser browser = Advocates.signIn(this.context, Language.EN).browser();
		Document page = Jsoup.parse(browser.get(TrackerAdminController.PATH + "/com-2024-60").body());
		assertThat(page.select("[data-matrix] small").text()).contains("(carried over)");
		Cell carried = matrix.cells().stream().filter(Cell::carriedOver).findFirst().orElseThrow();
		Document cellPage = Jsoup
			.parse(browser.get(TrackerAdminController.cellPath(recast, carried.provision().article(), carried.state()))
				.body());
		assertThat(cellPage.select("[data-carried-over]")).isNotEmpty();
		assertThat(cellPage.select("[data-current-status]").text()).isNotEqualTo("Not assessed");
		assertThat(cellPage.select("[data-history=inherited] tbody tr")).isNotEmpty();
		assertThat(cellPage.select("[data-correct-form]")).isEmpty();
	}

	private static Map<String, String> instrument(String code) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("code", code);
		fields.put("celex", "32030L0001");
		fields.put("eli", "http://data.europa.eu/eli/dir/2030/1/oj");
		fields.put("adopted_on", "2010-05-01");
		fields.put("transposition_due", "2012-05-01");
		fields.put("title_fr", "Directive d’essai");
		fields.put("title_nl", "Testrichtlijn");
		fields.put("title_en", "Trial directive");
		fields.put("short_fr", "Essai");
		fields.put("short_nl", "Test");
		fields.put("short_en", "Trial");
		return fields;
	}

}
