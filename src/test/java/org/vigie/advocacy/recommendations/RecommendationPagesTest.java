package org.vigie.advocacy.recommendations;

import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.advocacy.AdvocacyTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader sees of the recommendations: the counts per status and per addressee
 * match the data, filters keep only what is asked (and ignore what they do not know), the
 * list of those recommended again and still not implemented, a recommendation's page with
 * its timeline, evidence, commitments, previous cycle and news post, the dataset as JSON,
 * the advocacy page's summary, the sitemap, and staff text shown as text.
 */
@AdvocacyTest
class RecommendationPagesTest {

	@Autowired
	private SiteClient site;

	@Autowired
	private RecommendationStore recommendations;

	@Autowired
	private AddresseeStore addressees;

	@Autowired
	private RecommendationDesk desk;

	@Test
	void theListingCountsEveryRecommendationPerStatusAndPerAddressee() {
		Document page = this.site.page("/en/advocacy/recommendations");
		List<Recommendation> all = this.recommendations.all();
		for (Stage stage : Stage.values()) {
			long expected = all.stream().filter((one) -> one.stage() == stage).count();
			assertThat(page.selectFirst("[data-counts-status] tr[data-stage=" + stage + "] td").text())
				.as("count of %s", stage)
				.isEqualTo(String.valueOf(expected));
		}
		assertThat(page.selectFirst("[data-total]").text()).isEqualTo(String.valueOf(all.size()));
		Element brussels = page.selectFirst("[data-counts-addressee] tr[data-addressee=brussels-government]");
		assertThat(brussels.selectFirst("th").text()).isEqualTo("Government of the Brussels-Capital Region");
		assertThat(brussels.selectFirst("td[data-stage=COMMITTED]").text()).isEqualTo(String.valueOf(all.stream()
			.filter((one) -> one.addressee().code().equals("brussels-government") && one.stage() == Stage.COMMITTED)
			.count()));
		assertThat(page.select("[data-counts-addressee] th[scope=col]")).hasSize(Stage.values().length + 2);
		assertThat(page.select("[data-demo-notice]")).isNotEmpty();
		assertThat(page.select("link[rel=alternate][hreflang=fr]").attr("href"))
			.endsWith("/fr/plaidoyer/recommandations");
		assertThat(page.select("link[rel=alternate][hreflang=nl]").attr("href"))
			.endsWith("/nl/beleidswerk/aanbevelingen");
	}

	@Test
	void filtersKeepOnlyWhatIsAskedAndIgnoreWhatTheyDoNotKnow() {
		Document rejected = this.site.page("/en/advocacy/recommendations?status=REJECTED");
		assertThat(codes(rejected)).isNotEmpty()
			.containsExactlyInAnyOrderElementsOf(codes(new RecommendationStore.Filter(Stage.REJECTED, null, null)));
		Document brussels = this.site.page("/fr/plaidoyer/recommandations?addressee=brussels-government");
		assertThat(codes(brussels)).contains("pfb-2024-shelter", "pfb-2024-data").doesNotContain("pfb-2024-guardian");
		assertThat(brussels.selectFirst("select#addressee option[selected]").attr("value"))
			.isEqualTo("brussels-government");
		Document upr = this.site.page("/nl/beleidswerk/aanbevelingen?origin=UPR&status=ANSWERED");
		assertThat(codes(upr)).containsExactly("demo-upr-c4-trafficking");
		Document junk = this.site
			.page("/en/advocacy/recommendations?status=%3Cscript%3E&addressee=" + "x".repeat(5000) + "&origin=NOPE");
		assertThat(codes(junk)).hasSize(this.recommendations.all().size());
		assertThat(junk.html()).doesNotContain("<script>");
	}

	@Test
	void recommendedAgainAndStillNotImplementedHasItsOwnList() {
		Document page = this.site.page("/en/advocacy/recommendations");
		List<String> again = page.select("[data-again] > li > a").eachText();
		assertThat(page.select("[data-again] > li > a").eachAttr("href"))
			.contains("/en/advocacy/recommendations/demo-upr-c4-trafficking")
			.doesNotContain("/en/advocacy/recommendations/pfb-2024-training");
		assertThat(again).hasSize(this.recommendations.againNotImplemented().size());
		assertThat(page.select("[data-again] a[href$=demo-upr-c3-trafficking]")).isNotEmpty();
	}

	@Test
	void aRecommendationsPageShowsItsTimelineEvidenceCommitmentsAndNews() {
		Document page = this.site.page("/fr/plaidoyer/recommandations/pfb-2024-training");
		assertThat(page.select("[data-timeline] li").eachAttr("data-step")).containsExactly("MADE", "ANSWERED",
				"COMMITTED", "UNDER_WAY");
		assertThat(page.selectFirst("[data-timeline] li[data-step=ANSWERED]").text()).contains("Document parlementaire")
			.contains("fictitious");
		assertThat(page.selectFirst("[data-status]").text()).contains("En cours");
		assertThat(page.selectFirst("[data-addressee]").text()).contains("COCOF")
			.contains("Commission communautaire bruxelloise");
		assertThat(page.select("[data-commitments] li")).hasSize(1);
		assertThat(page.selectFirst("[data-commitments] li").text()).contains("fictitious example")
			.contains("2024-03-12");
		assertThat(page.select("[data-news] a").eachAttr("href"))
			.containsExactly("/fr/actualites/parlement-bruxellois-traite-des-enfants");
		assertThat(page.select("[data-demo-notice]")).isNotEmpty();
		assertThat(page.select("link[rel=alternate][hreflang=en]").attr("href"))
			.endsWith("/en/advocacy/recommendations/pfb-2024-training");

		Document again = this.site.page("/en/advocacy/recommendations/demo-upr-c4-trafficking");
		assertThat(again.selectFirst("[data-previous] a").attr("href"))
			.isEqualTo("/en/advocacy/recommendations/demo-upr-c3-trafficking");
		assertThat(again.selectFirst("[data-response]").text()).isEqualTo("Partly accepted");
		assertThat(again.selectFirst("[data-category]").text()).startsWith("5");
		assertThat(again.selectFirst("[data-recommending-state]").text()).contains("fictitious");
		Document previous = this.site.page("/en/advocacy/recommendations/demo-upr-c3-trafficking");
		assertThat(previous.select("[data-later] a").eachAttr("href"))
			.containsExactly("/en/advocacy/recommendations/demo-upr-c4-trafficking");

		assertThat(this.site.get("/en/advocacy/recommendations/no-such-code").statusCode()).isEqualTo(404);
		assertThat(this.site.get("/en/advocacy/recommendations/" + "a".repeat(3000)).statusCode()).isEqualTo(404);
	}

	@Test
	void theDatasetIsJsonBesideTheListing() {
		var response = this.site.get("/en/advocacy/recommendations.json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		JsonNode dataset = JsonMapper.builder().build().readTree(response.body());
		assertThat(dataset.get("licence").asString()).isEqualTo("CC-BY-4.0");
		assertThat(dataset.get("recommendations")).hasSize(this.recommendations.all().size());
		JsonNode again = null;
		for (JsonNode one : dataset.get("recommendations")) {
			assertThat(one.has("demo")).isTrue();
			if (one.get("code").asString().equals("demo-upr-c4-trafficking")) {
				again = one;
			}
		}
		assertThat(again).isNotNull();
		assertThat(again.get("previous").asString()).isEqualTo("demo-upr-c3-trafficking");
		assertThat(again.get("addressee").get("level").asString()).isEqualTo("FEDERAL");
		assertThat(again.get("timeline").get(1).get("source").get("kind").asString()).isEqualTo("UN_DOCUMENT");
		assertThat(again.get("text").get("nl").asString()).startsWith("Fictief voorbeeld");
	}

	@Test
	void theAdvocacyPageAndTheSitemapShowTheRecommendations() {
		Document advocacy = this.site.page("/nl/beleidswerk");
		Element summary = advocacy.selectFirst("[data-recommendations-summary]");
		assertThat(summary).isNotNull();
		assertThat(summary.selectFirst("a[href=/nl/beleidswerk/aanbevelingen]")).isNotNull();
		assertThat(summary.select("tr[data-stage]")).hasSize(Stage.values().length);
		assertThat(this.site.get("/sitemap-en.xml").body()).contains("/en/advocacy/recommendations/pfb-2024-data");
		String code = "sitemap-" + UUID.randomUUID().toString().substring(0, 8);
		this.desk.create(new RecommendationDraft(code, Origin.NGO_REPORT, null, this.recommendations.today(),
				new Evidence(null, null, "Report"), new Texts("Texte", "Tekst", "Text"),
				this.addressees.byCode("federal-government").orElseThrow().id(), null, Response.NONE, null,
				Progress.NO_EVIDENCE, null, null), "staff@example.org");
		assertThat(this.site.get("/sitemap-en.xml").body()).as("the sitemap kept before is forgotten")
			.contains("/en/advocacy/recommendations/" + code);
	}

	@Test
	void staffTextIsShownAsTextNeverAsMarkup() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
		UUID addressee = this.addressees.add(new AddresseeDraft("xss-" + tag, Tier.FEDERAL, Branch.ADMINISTRATION,
				new Texts(hostile, hostile, hostile)), false);
		this.desk.create(new RecommendationDraft("xss-" + tag, Origin.NGO_REPORT, hostile,
				this.recommendations.today().minusDays(1), new Evidence(null, null, hostile),
				new Texts(hostile, hostile, hostile), addressee, null, Response.NONE, null, Progress.NO_EVIDENCE, null,
				null), "staff@example.org");
		for (String path : List.of("/en/advocacy/recommendations/xss-" + tag, "/en/advocacy/recommendations")) {
			String body = this.site.get(path).body();
			assertThat(body).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x");
			assertThat(body).as(path).contains("&lt;script&gt;alert");
		}
		assertThat(this.site.page("/en/advocacy/recommendations/xss-" + tag).select("[data-demo-notice]"))
			.as("a real recommendation is not labelled as an example")
			.isEmpty();
	}

	private static List<String> codes(Document page) {
		return page.select("[data-list] > li").eachAttr("data-recommendation");
	}

	private List<String> codes(RecommendationStore.Filter filter) {
		return this.recommendations.filtered(filter).stream().map(Recommendation::code).toList();
	}

}
