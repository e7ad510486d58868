package org.vigie.mobilisation.events.demo;

import java.time.YearMonth;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.vigie.TestClock;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.Supporter;
import org.vigie.mobilisation.events.Event;
import org.vigie.mobilisation.events.EventStore;
import org.vigie.mobilisation.events.Registrations;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo events as a visitor finds them on the agenda in each language: the full study
 * morning with its waiting list, the online talk, the past morning linked to its report;
 * the month table; and loading the demo again changes nothing.
 */
@MobilisationTest
class DemoEventsTest {

	@LocalServerPort
	private int port;

	@Autowired
	private DemoEvents demo;

	@Autowired
	private EventStore events;

	@Autowired
	private Registrations registrations;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@Test
	void theAgendaShowsTheDemoEventsInEachLanguage() {
		Supporter visitor = Supporter.fromOwnNetwork(this.port);
		Document fr = visitor.page("/fr/agenda");
		assertThat(fr.select("h1").text()).isEqualTo("Agenda");
		Element full = fr.select("[data-upcoming] article")
			.stream()
			.filter((card) -> card.text().contains("Matinée d’étude au Parlement bruxellois"))
			.findFirst()
			.orElseThrow();
		assertThat(full.select("[data-places]").text()).isEqualTo("Complet — liste d’attente");
		assertThat(fr.select("[data-upcoming] article").text()).contains("En ligne : reconnaître les signes");
		assertThat(fr.select("[data-past] li").text()).contains("Traite des enfants : matinée d’alerte");
		assertThat(fr.select("[data-past] a[data-report]").eachAttr("href"))
			.contains("/fr/actualites/parlement-bruxellois-traite-des-enfants");
		assertThat(visitor.page("/nl/agenda").select("[data-past] a[data-report]").eachAttr("href"))
			.contains("/nl/nieuws/brussels-parlement-kinderhandel");
		Document en = visitor.page("/en/events");
		assertThat(en.select("link[rel=alternate][hreflang=nl]").attr("href")).endsWith("/nl/agenda");
		assertThat(en.select("[data-upcoming] article").text()).contains("Online: recognising the signs");

		Event online = this.events.byKey("demo-online-signs-of-exploitation").orElseThrow();
		Document page = visitor.page("/en/events/online-signs-of-exploitation");
		assertThat(page.select("script[type=application/ld+json]").html()).contains("OnlineEventAttendanceMode")
			.contains("VirtualLocation")
			.doesNotContain("\"Place\"");
		assertThat(page.select("[data-places]").first().text()).isEqualTo("Open to all");
		assertThat(online.questions()).hasSize(1);
		Event study = this.events.byKey("demo-parliament-study-morning").orElseThrow();
		assertThat(this.registrations.places(study).waiting()).isEqualTo(3);
		assertThat(visitor.page("/fr/agenda/matinee-etude-mineurs-non-accompagnes").select("[data-register]"))
			.hasSize(1);
	}

	@Test
	void theMonthIsAnAccessibleTableAndABadMonthIsExplained() {
		Supporter visitor = Supporter.fromOwnNetwork(this.port);
		Event study = this.events.byKey("demo-parliament-study-morning").orElseThrow();
		YearMonth month = YearMonth.from(study.startsAt());
		Document page = visitor.page("/fr/agenda?month=" + month);
		Element table = page.selectFirst("[data-month] table");
		assertThat(table.select("caption").text()).isNotBlank();
		assertThat(table.select("thead th[scope=col]")).hasSize(7);
		assertThat(table.select("thead abbr").first().attr("title")).isEqualTo("lundi");
		Element cell = table.select("td")
			.stream()
			.filter((td) -> !td.select("a[href=/fr/agenda/matinee-etude-mineurs-non-accompagnes]").isEmpty())
			.findFirst()
			.orElseThrow();
		assertThat(cell.select(".day-number").text()).isEqualTo(String.valueOf(study.startsAt().getDayOfMonth()));
		assertThat(page.select("[data-month] nav a").eachAttr("href"))
			.contains("/fr/agenda?month=" + month.plusMonths(1));

		var bad = visitor.get("/nl/agenda?month=2027-13");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(org.jsoup.Jsoup.parse(bad.body()).select("[data-problem]").text())
			.startsWith("Deze maand is niet geldig");
		assertThat(visitor.get("/en/events?month=%3Cscript%3E").statusCode()).isEqualTo(400);
	}

	@Autowired
	private java.util.List<org.vigie.mobilisation.web.ActionListing> listings;

	@Test
	void theActPageListsTheNextEventsOpenForRegistration() {
		var teasers = this.listings.stream()
			.flatMap((listing) -> listing.teasers(Language.NL).stream())
			.filter((teaser) -> teaser.kind().equals("mobilisation.events.kind"))
			.toList();
		// Other tests add events of their own: the listing is the three soonest events
		// open for registration, whichever they are, and never a past one.
		var now = this.clock.instant();
		var soonest = this.events.upcoming(now)
			.stream()
			.filter((event) -> event.open(now))
			.limit(3)
			.map((event) -> "/nl/agenda/" + event.texts().get(Language.NL).slug())
			.toList();
		assertThat(teasers).extracting(org.vigie.mobilisation.web.ActionListing.Teaser::path)
			.containsExactlyElementsOf(soonest)
			.doesNotContain("/nl/agenda/voormiddag-parlement-kinderhandel");
		Event full = this.events.byKey("demo-parliament-study-morning").orElseThrow();
		String fullPath = "/nl/agenda/" + full.texts().get(Language.NL).slug();
		teasers.stream()
			.filter((teaser) -> teaser.path().equals(fullPath))
			.forEach((teaser) -> assertThat(teaser.figure()).isEqualTo("Volzet — wachtlijst"));
		assertThat(this.registrations.places(full).full()).isTrue();
	}

	@Test
	void loadingTheDemoAgainChangesNothing() {
		long before = this.jdbc.sql("select count(*) from mobilisation_events_registration").query(Long.class).single();
		assertThat(this.demo.load()).isZero();
		assertThat(this.events.all().stream().filter((e) -> e.key().startsWith("demo-")).count()).isEqualTo(3);
		assertThat(this.jdbc.sql("select count(*) from mobilisation_events_registration").query(Long.class).single())
			.isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from notifications_outbox where recipient like '%@example.invalid'")
			.query(Long.class)
			.single()).isZero();
	}

}
