package org.vigie.advocacy.recommendations;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.StaffBrowser;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.advocacy.Advocates;
import org.vigie.advocacy.revisions.Revisions;
import org.vigie.identity.Role;
import org.vigie.mobilisation.Campaigners;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An advocacy officer creates and edits recommendations in three languages, adds status
 * steps with their evidence and commitments, and keeps the addressees; each save is a
 * revision listed on the edit page and an audit entry. Malformed, oversized and hostile
 * input is refused with its message and writes nothing; a status step without a source is
 * refused; forms need their CSRF token; other staff roles get 403.
 */
@AdvocacyTest
class RecommendationBackOfficeTest {

	private static final String PATH = "/admin/advocacy/recommendations";

	@Autowired
	private ApplicationContext context;

	@Autowired
	private RecommendationStore recommendations;

	@Autowired
	private AddresseeStore addressees;

	@Autowired
	private FollowUps followUps;

	@Autowired
	private Revisions revisions;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anOfficerCreatesEditsAndFollowsUpARecommendation() {
		StaffBrowser officer = Advocates.signIn(this.context, Language.EN).browser();
		String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = officer.submit(PATH + "/new", PATH, fields(code));
		assertThat(created.statusCode()).isEqualTo(302);
		Recommendation saved = this.recommendations.byCode(code).orElseThrow();
		assertThat(created.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith(PATH + "/" + saved.id()));
		assertThat(saved.text(Language.NL)).isEqualTo("Elke niet-begeleide minderjarige een voogd geven.");
		assertThat(saved.stage()).isEqualTo(Stage.MADE);

		Map<String, String> changed = fields(code);
		changed.put("progress", "LIMITED");
		changed.put("followUpOn", "2026-01-15");
		assertThat(officer.submit(PATH + "/" + saved.id(), PATH + "/" + saved.id(), changed).statusCode())
			.isEqualTo(302);
		assertThat(this.recommendations.byId(saved.id()).orElseThrow().progress()).isEqualTo(Progress.LIMITED);

		String stepAction = PATH + "/" + saved.id() + "/steps";
		HttpResponse<String> step = officer.submit(PATH + "/" + saved.id(), stepAction,
				Map.of("stage", "COMMITTED", "on", "2025-02-03", "note_en", "Promised in committee", "sourceKind",
						"PARLIAMENTARY_RECORD", "sourceUrl", "https://www.parlement.brussels/example", "sourceLabel",
						"CRI 12"));
		assertThat(step.statusCode()).isEqualTo(302);
		assertThat(this.recommendations.byId(saved.id()).orElseThrow().stage()).isEqualTo(Stage.COMMITTED);

		String commitmentAction = PATH + "/" + saved.id() + "/commitments";
		assertThat(
				officer
					.submit(PATH + "/" + saved.id(), commitmentAction,
							Map.of("officeHolder", "Minister of Justice", "on", "2025-02-03", "text_fr",
									"Promet une loi.", "text_nl", "Belooft een wet.", "text_en", "Promises a law.",
									"sourceKind", "PARLIAMENTARY_RECORD", "sourceLabel", "CRIV 56 PLEN 12"))
					.statusCode())
			.isEqualTo(302);
		assertThat(this.followUps.commitments(saved.id())).extracting(Commitment::officeHolder)
			.containsExactly("Minister of Justice");

		assertThat(this.revisions.of(RecommendationDesk.KIND, saved.id())).hasSize(4);
		Document edit = Jsoup.parse(officer.get(PATH + "/" + saved.id()).body());
		assertThat(edit.select("[data-revisions] li")).hasSize(4);
		assertThat(edit.select("[data-timeline] li").eachAttr("data-step")).containsExactly("MADE", "COMMITTED");
		assertThat(audits(code)).isEqualTo(4);
		assertThat(this.jdbc
			.sql("select count(*) from identity_audit where action = 'ADVOCACY_RECOMMENDATIONS_STEP' "
					+ "and target = ?")
			.param("recommendation:" + code)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aStatusStepWithoutSourceIsRefusedAndNothingIsWritten() {
		StaffBrowser officer = Advocates.signIn(this.context, Language.EN).browser();
		Recommendation one = create(officer);
		String action = PATH + "/" + one.id() + "/steps";
		for (Map<String, String> fields : new Map[] { Map.of("stage", "IMPLEMENTED", "on", "2025-03-01"),
				Map.of("stage", "IMPLEMENTED", "on", "2025-03-01", "sourceKind", "OTHER"),
				Map.of("stage", "IMPLEMENTED", "on", "2025-03-01", "sourceKind", "OTHER", "sourceUrl", " ",
						"sourceLabel", "  ") }) {
			HttpResponse<String> refused = officer.submit(PATH + "/" + one.id(), action, fields);
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(Jsoup.parse(refused.body()).select("[data-problem]").text())
				.startsWith("A status change needs its source");
		}
		assertThat(this.followUps.steps(one.id())).hasSize(1);
		assertThat(this.recommendations.byId(one.id()).orElseThrow().stage()).isEqualTo(Stage.MADE);
		assertThat(this.revisions.of(RecommendationDesk.KIND, one.id())).hasSize(1);
	}

	@Test
	void malformedOversizedAndHostileFormsAreRefusedWithTheirReason() {
		StaffBrowser officer = Advocates.signIn(this.context, Language.EN).browser();
		String code = "bad-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> expected = new HashMap<>();
		expected.put("madeOn", "Give a valid date");
		expected.put("origin", "One of the choices");
		expected.put("addressee", "One of the choices");
		expected.put("uprCategory", "The UPR Info category");
		expected.put("text_fr", "A text is longer than 2,000 characters");
		expected.put("referenceUrl", "An address must be a web address");
		expected.put("code", "The code takes");
		Map<String, String> values = Map.of("madeOn", "2024-02-30", "origin", "NGO_PARTY", "addressee", "' or 1=1 --",
				"uprCategory", "9", "text_fr", "x".repeat(2001), "referenceUrl", "javascript:alert(document.cookie)",
				"code", "<script>");
		values.forEach((field, value) -> {
			Map<String, String> fields = fields(code);
			fields.put(field, value);
			HttpResponse<String> refused = officer.submit(PATH + "/new", PATH, fields);
			assertThat(refused.statusCode()).as(field).isEqualTo(400);
			Document page = Jsoup.parse(refused.body());
			String problem = page.select("[data-problem]").text();
			assertThat(problem).as(field).startsWith(expected.get(field));
		});
		Map<String, String> fields = fields(code);
		fields.put("madeOn", "2999-01-01");
		assertThat(Jsoup.parse(officer.submit(PATH + "/new", PATH, fields).body()).select("[data-problem]").text())
			.isEqualTo("A date cannot be in the future.");
		assertThat(this.recommendations.byCode(code)).isEmpty();
		assertThat(this.recommendations.byCode("<script>")).isEmpty();
		assertThat(audits(code)).isZero();

		String hostile = "<script>alert(1)</script>";
		Map<String, String> xss = fields(code);
		xss.put("text_en", hostile);
		xss.put("cycle", hostile);
		assertThat(officer.submit(PATH + "/new", PATH, xss).statusCode()).isEqualTo(302);
		Recommendation saved = this.recommendations.byCode(code).orElseThrow();
		String edit = officer.get(PATH + "/" + saved.id()).body();
		assertThat(edit).doesNotContain(hostile).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(officer.get(PATH).body()).doesNotContain(hostile);
		assertThat(officer.get(PATH + "/not-an-id").statusCode()).isEqualTo(404);
		assertThat(officer.get(PATH + "/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	@Test
	void addresseesAreRolesStaffKeep() {
		StaffBrowser officer = Advocates.signIn(this.context, Language.FR).browser();
		String code = "ministry-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> fields = new HashMap<>(Map.of("code", code, "tier", "FLEMISH_COMMUNITY", "branch",
				"GOVERNMENT", "name_fr", "Ministre flamand du Bien-être", "name_nl", "Vlaams minister van Welzijn",
				"name_en", "Flemish Minister for Welfare"));
		assertThat(officer.submit(PATH + "/addressees", PATH + "/addressees", fields).statusCode()).isEqualTo(302);
		Addressee added = this.addressees.byCode(code).orElseThrow();
		assertThat(added.tier()).isEqualTo(Tier.FLEMISH_COMMUNITY);
		fields.put("tier", "FLEMISH_REGION");
		assertThat(officer.submit(PATH + "/addressees", PATH + "/addressees/" + added.id(), fields).statusCode())
			.isEqualTo(302);
		assertThat(this.addressees.byId(added.id()).orElseThrow().tier()).isEqualTo(Tier.FLEMISH_REGION);
		fields.put("code", code);
		HttpResponse<String> taken = officer.submit(PATH + "/addressees", PATH + "/addressees", fields);
		assertThat(taken.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(taken.body()).select("[data-problem]").text()).isEqualTo("Ce code est déjà utilisé.");
		fields.put("code", code + "-2");
		fields.put("name_nl", "");
		assertThat(officer.submit(PATH + "/addressees", PATH + "/addressees", fields).statusCode()).isEqualTo(400);
		assertThat(this.addressees.byCode(code + "-2")).isEmpty();
	}

	@Test
	void formsNeedTheirTokenAndOtherRolesGetNothing() {
		StaffBrowser officer = Advocates.signIn(this.context, Language.EN).browser();
		String code = "csrf-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(officer.post(PATH, fields(code)).statusCode()).isEqualTo(403);
		Recommendation one = create(officer);
		assertThat(officer
			.post(PATH + "/" + one.id() + "/steps",
					Map.of("stage", "IMPLEMENTED", "on", "2025-03-01", "sourceKind", "OTHER", "sourceLabel", "Forged"))
			.statusCode()).isEqualTo(403);
		assertThat(this.recommendations.byCode(code)).isEmpty();
		assertThat(this.followUps.steps(one.id())).hasSize(1);

		StaffBrowser campaigner = Campaigners.signIn(this.context, Role.CAMPAIGNER, Language.EN).browser();
		assertThat(campaigner.get(PATH).statusCode()).isEqualTo(403);
		assertThat(campaigner.get(PATH + "/" + one.id()).statusCode()).isEqualTo(403);
		assertThat(campaigner.get(PATH + "/addressees").statusCode()).isEqualTo(403);
		Map<String, String> forged = fields(code);
		forged.put("_csrf", campaigner.csrf("/admin"));
		assertThat(campaigner.post(PATH, forged).statusCode()).isEqualTo(403);
		assertThat(this.recommendations.byCode(code)).isEmpty();
		assertThat(Jsoup.parse(officer.get("/admin/advocacy").body()).select("[data-areas] a").eachAttr("href"))
			.contains(PATH);
	}

	private Recommendation create(StaffBrowser officer) {
		String code = "step-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(officer.submit(PATH + "/new", PATH, fields(code)).statusCode()).isEqualTo(302);
		return this.recommendations.byCode(code).orElseThrow();
	}

	private Map<String, String> fields(String code) {
		Map<String, String> fields = new HashMap<>();
		fields.put("code", code);
		fields.put("origin", "NGO_EVENT");
		fields.put("madeOn", "2024-03-12");
		fields.put("reference", "Matinée au parlement, 12 mars 2024");
		fields.put("referenceUrl", "https://www.example.org/minutes");
		fields.put("text_fr", "Donner un tuteur à chaque mineur non accompagné.");
		fields.put("text_nl", "Elke niet-begeleide minderjarige een voogd geven.");
		fields.put("text_en", "Give every unaccompanied child a guardian.");
		fields.put("addressee", this.addressees.byCode("guardianship-service").orElseThrow().id().toString());
		fields.put("response", "NONE");
		fields.put("progress", "NO_EVIDENCE");
		return fields;
	}

	private long audits(String code) {
		return this.jdbc.sql("select count(*) from identity_audit where target = ?")
			.param("recommendation:" + code)
			.query(Long.class)
			.single();
	}

}
