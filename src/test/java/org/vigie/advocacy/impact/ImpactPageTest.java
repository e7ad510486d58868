package org.vigie.advocacy.impact;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.assertj.core.api.ThrowingConsumer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.learning.LearnerStarted;
import org.vigie.mobilisation.PledgeConfirmed;
import org.vigie.mobilisation.WorkshopDelivered;
import org.vigie.reporting.ReportReceived;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The impact page counts what the other modules announce: each test publishes events
 * dated in a year of its own (so the shared demo data and the other tests do not
 * interfere), commits them, waits until they are handled, and reads the page. Reports
 * below ten a year are shown as "fewer than 10", on the page and in the JSON; a corrected
 * workshop replaces its figures; an event delivered twice counts once.
 */
@AdvocacyTest
class ImpactPageTest {

	private static final String PAGE = "/en/advocacy/impact";

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private SiteClient site;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void reportsBelowTenAYearAreShownAsFewerThanTen() {
		Instant day = Instant.parse("2004-03-10T10:00:00Z");
		for (int i = 0; i < 3; i++) {
			publish(new ReportReceived(UUID.randomUUID(), "TRAVEL_SEXUAL_EXPLOITATION", day.plusSeconds(i)));
		}
		settled("ReportReceived");
		onPage((page) -> {
			Element line = line(page, "reports", 2004);
			assertThat(line.text()).contains("fewer than 10 reports").doesNotContain("3 reports");
			assertThat(line.select("[data-hidden]")).hasSize(1);
		});
		assertThat(this.site.get(PAGE + ".json").body())
			.contains("{\"year\":2004,\"reports\":null,\"reportsHidden\":true,\"fewerThan\":10}");

		for (int i = 0; i < 9; i++) {
			publish(new ReportReceived(UUID.randomUUID(), "OTHER", day.plusSeconds(100 + i)));
		}
		settled("ReportReceived");
		onPage((page) -> {
			assertThat(line(page, "reports", 2004).text()).contains("12 reports");
			assertThat(line(page, "reports", 2004).select("[data-hidden]")).isEmpty();
		});
		assertThat(this.site.get(PAGE + ".json").body()).contains("{\"year\":2004,\"reports\":12}");
	}

	@Test
	void aCorrectedWorkshopReplacesItsFiguresAndAnOlderVersionDoesNot() {
		UUID request = UUID.randomUUID();
		LocalDate delivered = LocalDate.of(2003, 5, 20);
		Instant recorded = Instant.parse("2003-05-21T09:00:00Z");
		publish(new WorkshopDelivered(request, "declic", delivered, "LIEGE", 40, 3, recorded));
		publish(new WorkshopDelivered(UUID.randomUUID(), "declic", delivered, "NAMUR", 10, 1, recorded));
		settled(request.toString());
		onPage((page) -> assertThat(line(page, "workshops", 2003).text()).contains("50 young people")
			.contains("4 teachers")
			.contains("2 workshops"));

		publish(new WorkshopDelivered(request, "declic", delivered, "LIEGE", 25, 2, recorded.plusSeconds(3600)));
		settled(request.toString());
		onPage((page) -> assertThat(line(page, "workshops", 2003).text()).contains("35 young people"));

		publish(new WorkshopDelivered(request, "declic", delivered, "LIEGE", 99, 9, recorded.minusSeconds(60)));
		publish(new WorkshopDelivered(request, "declic", delivered, "LIEGE", 25, 2, recorded.plusSeconds(3600)));
		settled(request.toString());
		onPage((page) -> {
			assertThat(line(page, "workshops", 2003).text()).contains("35 young people")
				.contains("3 teachers")
				.contains("2 workshops");
			assertThat(page.select("[data-impact-source=workshops] .impact-source").text())
				.contains("Workshops recorded by staff");
		});
	}

	@Test
	void pledgesCountPerCampaignAndLearnersPerYearEachOnce() {
		UUID campaign = UUID.randomUUID();
		Instant at = Instant.parse("2005-09-01T12:00:00Z");
		PledgeConfirmed pledge = new PledgeConfirmed(UUID.randomUUID(), campaign, "impact-test", "BE", at);
		publish(pledge);
		publish(pledge);
		publish(new PledgeConfirmed(UUID.randomUUID(), campaign, "impact-test", null, at));
		UUID learner = UUID.randomUUID();
		publish(new LearnerStarted(learner, at));
		publish(new LearnerStarted(learner, at));
		settled(campaign.toString());
		settled(learner.toString());
		onPage((page) -> {
			Element pledges = page
				.selectFirst("[data-impact-source=pledges] li[data-year=2005][data-campaign=impact-test]");
			assertThat(pledges).isNotNull();
			assertThat(pledges.text()).contains("2005 – impact-test").contains("2 pledges");
			assertThat(line(page, "learners", 2005).text()).contains("one learner");
			assertThat(page.select("[data-impact-source=learners] .impact-period").text()).startsWith("Since");
		});
	}

	@Test
	void thePageSaysWhereFiguresComeFromInEveryLanguageWithItsJsonAndHeadlines() {
		Document page = this.site.page("/fr/plaidoyer/impact");
		assertThat(page.select("h1").text()).isEqualTo("Notre impact en chiffres");
		assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("href"))
			.anyMatch((href) -> href.endsWith("/nl/beleidswerk/impact"))
			.anyMatch((href) -> href.endsWith("/en/advocacy/impact"));
		assertThat(page.select("[data-demo-notice]")).as("the demo workshops are counted").hasSize(1);
		assertThat(page.select("script[type=application/ld+json]").html()).contains("\"Dataset\"");
		settled("WorkshopDelivered");
		await().atMost(Duration.ofSeconds(20))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(
					this.site.page("/nl/beleidswerk/impact").select("[data-impact-source=workshops] li"))
				.isNotEmpty());
		assertThat(this.site.get("/nl/beleidswerk/impact.json").headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		await().atMost(Duration.ofSeconds(40))
			.ignoreExceptions()
			.untilAsserted(
					() -> assertThat(this.site.page("/en/").select("[data-impact-headlines] [data-headline=young]"))
						.hasSize(1));
		await().atMost(Duration.ofSeconds(40))
			.ignoreExceptions()
			.untilAsserted(
					() -> assertThat(this.site.page("/en/advocacy").select("[data-impact-headlines] a").attr("href"))
						.isEqualTo("/en/advocacy/impact"));
	}

	private void publish(Object event) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	/** Waits until no publication mentioning {@code fragment} is left to handle. */
	private void settled(String fragment) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc
				.sql("select count(*) from event_publication where completion_date is null "
						+ "and (serialized_event like ? or event_type like ?)")
				.params("%" + fragment + "%", "%" + fragment + "%")
				.query(Long.class)
				.single() == 0);
	}

	private void onPage(ThrowingConsumer<Document> check) {
		await().atMost(Duration.ofSeconds(10))
			.ignoreExceptions()
			.untilAsserted(() -> check.accept(this.site.page(PAGE)));
	}

	private static Element line(Document page, String source, int year) {
		Element line = page.selectFirst("[data-impact-source=" + source + "] li[data-year=" + year + "]");
		assertThat(line).as("%s in %s", source, year).isNotNull();
		return line;
	}

}
