package org.vigie.advocacy.maps;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.TestClock;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.advocacy.tracker.Assessment;
import org.vigie.advocacy.tracker.AssessmentDraft;
import org.vigie.advocacy.tracker.SourceKind;
import org.vigie.advocacy.tracker.Status;
import org.vigie.advocacy.tracker.Theme;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracker's map, on an instrument of the test's own: each state in the shade of its
 * status and a link to its page, a new status changes the map while "as of" an earlier
 * day keeps the old one, the text alternative names all 27 states in words, and the
 * drawing alone is an SVG with nothing to run.
 */
@AdvocacyTest
class TrackerMapTest {

	private static final Assessment.Source SOURCE = new Assessment.Source(SourceKind.OFFICIAL_JOURNAL,
			"https://example.org/gazette", "Official journal, example");

	@Autowired
	private TrackerStore tracker;

	@Autowired
	private SiteClient site;

	@Autowired
	private TestClock clock;

	private String code;

	private UUID grooming;

	@BeforeEach
	void instrument() {
		this.code = "map-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = this.tracker.addInstrument(this.code, "32011L0093", null, null, null, null,
				texts("Map test directive"), texts("Map test"), false, this.clock.instant());
		this.grooming = this.tracker.addProvision(id, "6", Theme.GROOMING, 10, texts("Grooming"), null, false);
		this.tracker.addProvision(id, "7", Theme.OFFENCES, 20, texts("Offences"), null, false);
	}

	@Test
	void eachStateHasTheShadeOfItsStatusAndANewStatusChangesItButNotAnEarlierDay() {
		record("BE", Status.PARTLY, LocalDate.of(2016, 5, 1));
		record("FR", Status.NOT_TRANSPOSED, LocalDate.of(2016, 5, 1));
		String address = "/en/advocacy/transposition/map?instrument=" + this.code + "&article=6";
		Document before = this.site.page(address);
		assertThat(before.select("svg a[data-state]")).hasSize(27);
		assertThat(shade(before, "BE")).isEqualTo("PARTLY");
		assertThat(shade(before, "FR")).isEqualTo("NOT_TRANSPOSED");
		assertThat(shade(before, "DE")).isEqualTo("NOT_ASSESSED");
		assertThat(before.selectFirst("svg a[data-state=BE] path").attr("fill")).isEqualTo("url(#vm-PARTLY)");
		assertThat(before.selectFirst("svg a[data-state=BE]").attr("href"))
			.isEqualTo("/en/advocacy/transposition/country/be");
		assertThat(before.selectFirst("svg a[data-state=BE] title").text()).isEqualTo("Belgium: Partly");
		assertThat(before.select("[data-demo-notice]")).as("not a demo instrument").isEmpty();

		record("BE", Status.TRANSPOSED, LocalDate.of(2020, 1, 10));
		assertThat(shade(this.site.page(address), "BE")).isEqualTo("TRANSPOSED");
		assertThat(shade(this.site.page(address + "&asOf=2018-06-01"), "BE")).as("as published in 2018")
			.isEqualTo("PARTLY");
		assertThat(this.site.page(address + "&asOf=2018-06-01").select("[data-map-text] tr[data-state=BE] td").text())
			.isEqualTo("Partly");
	}

	@Test
	void theTextAlternativeNamesEveryStateInWordsInTheReadersLanguage() {
		record("NL", Status.GOES_FURTHER, LocalDate.of(2017, 2, 1));
		Document page = this.site.page("/fr/plaidoyer/transposition/carte?instrument=" + this.code + "&article=6");
		assertThat(page.select("[data-map-text] tbody tr")).hasSize(27);
		assertThat(page.select("[data-map-text] tr[data-state=NL] th a").text()).isEqualTo("Pays-Bas");
		assertThat(page.select("[data-map-text] tr[data-state=NL] td").text()).isEqualTo("Va plus loin");
		assertThat(page.select("[data-map-text] tr[data-state=NL] th a").attr("href"))
			.isEqualTo("/fr/plaidoyer/transposition/pays/nl");
		assertThat(page.select("svg[aria-labelledby] > title#vm-title")).hasSize(1);
		assertThat(page.select("svg > desc#vm-desc")).hasSize(1);
		assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("href"))
			.anyMatch((href) -> href.endsWith("/nl/beleidswerk/omzetting/kaart"))
			.anyMatch((href) -> href.endsWith("/en/advocacy/transposition/map"));
	}

	@Test
	void withoutAnArticleTheMapShowsEachStatesShareTransposed() {
		record("AT", Status.TRANSPOSED, LocalDate.of(2017, 2, 1));
		Document page = this.site.page("/en/advocacy/transposition/map?instrument=" + this.code);
		assertThat(shade(page, "AT")).isEqualTo("SHARE_2");
		assertThat(page.select("[data-map-text] tr[data-state=AT] td").text())
			.isEqualTo("1 of 2 articles transposed (50 %)");
		assertThat(shade(page, "PT")).isEqualTo("SHARE_0");
	}

	@Test
	void theDemoDirectivesMapSaysItIsAFictitiousExample() {
		HttpResponse<String> response = this.site.get("/nl/beleidswerk/omzetting/kaart");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> value.contains("public"));
		Document page = org.jsoup.Jsoup.parse(response.body());
		assertThat(page.select("[data-demo-notice]")).hasSize(1);
		assertThat(page.select("[data-map-text] tbody tr")).hasSize(27);
	}

	@Test
	void theDrawingAloneIsAnSvgWithNothingToRun() throws Exception {
		record("SE", Status.UNCLEAR, LocalDate.of(2019, 3, 1));
		HttpResponse<byte[]> response = this.site
			.getBytes("/en/advocacy/transposition/map.svg?instrument=" + this.code + "&article=6");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("image/svg+xml"));
		String svg = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(svg).doesNotContainIgnoringCase("<script")
			.doesNotContainIgnoringCase("javascript:")
			.doesNotContainPattern("\\son[a-z]+=")
			.contains("role=\"img\"")
			.contains("data-state=\"SE\" data-shade=\"UNCLEAR\"");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
		assertThat(xml.getDocumentElement().getTagName()).isEqualTo("svg");
		assertThat(xml.getElementsByTagName("script").getLength()).isZero();
		assertThat(response.body().length).isLessThan(300_000);
	}

	@Test
	void unknownChoicesAndMalformedDaysAreRefused() {
		String base = "/en/advocacy/transposition/map";
		assertThat(this.site.get(base + "?instrument=nothing-" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(this.site.get(base + "?instrument=" + this.code + "&article=999").statusCode()).isEqualTo(404);
		assertThat(this.site.get(base + "?asOf=yesterday").statusCode()).isEqualTo(400);
		assertThat(this.site.get(base + ".svg?asOf=%3Cscript%3E").statusCode()).isEqualTo(400);
		assertThat(this.site.get(base + "?article=%22%3E%3Cscript%3Ealert(1)%3C/script%3E").statusCode())
			.isEqualTo(404);
	}

	private static String shade(Document page, String state) {
		return page.selectFirst("svg a[data-state=" + state + "]").attr("data-shade");
	}

	private void record(String state, Status status, LocalDate day) {
		this.tracker.record(new AssessmentDraft(this.grooming, state, status, day, day, null, null, Map.of(), SOURCE),
				"staff@example.org", day.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));
	}

	private static Map<Language, String> texts(String text) {
		return Map.of(Language.FR, text, Language.NL, text, Language.EN, text);
	}

}
