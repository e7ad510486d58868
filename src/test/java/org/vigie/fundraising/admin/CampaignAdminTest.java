package org.vigie.fundraising.admin;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigie.HtmlChecker;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingFixtures;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.Giver;
import org.vigie.fundraising.banking.StructuredCommunication;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignKind;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.gifts.Transfers;
import org.vigie.fundraising.web.SupportPaths;
import org.vigie.identity.Role;
import org.vigie.site.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fundraiser creates and changes campaigns in the three languages: a campaign created
 * here is on the donors' pages with its figures from the ledger; malformed, oversized and
 * hostile forms come back with a clear reason and change nothing; every save is audited.
 */
@FundraisingTest
class CampaignAdminTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private Transfers transfers;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@LocalServerPort
	private int port;

	@Test
	void aCampaignCreatedHereIsOnTheDonorsPagesWithItsFigures() {
		Fundraisers.Signed fundraiser = Fundraisers.signIn(this.context, Role.FUNDRAISER, Language.FR);
		StaffBrowser browser = fundraiser.browser();
		String key = "ateliers-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = browser.submit("/admin/fundraising/campaigns/new",
				"/admin/fundraising/campaigns/new", CampaignForms.valid(key, today()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		Campaign campaign = this.campaigns.byKey(key).orElseThrow();
		assertThat(created.headers().firstValue("Location").orElseThrow())
			.endsWith("/admin/fundraising/campaigns/" + campaign.id() + "?done=saved");
		assertThat(campaign.goalCents()).isEqualTo(250_000);
		assertThat(campaign.keepItAll()).isTrue();
		assertThat(campaign.stretchGoals()).hasSize(1);
		assertThat(campaign.stretchGoals().get(0).labels().get(Language.NL)).isEqualTo("Een klas meer");
		assertThat(campaign.text(Language.NL).slug()).isEqualTo(key + "-nl");

		Giver giver = Giver.fromOwnAddress(this.port);
		assertThat(giver.page("/fr/soutenir").text()).contains("Ateliers " + key + " fr");
		String givePath = SupportPaths.give(Language.FR, campaign);
		Map<String, String> fields = Giver.transfer(giver.formFields(givePath), "60",
				"d." + UUID.randomUUID() + "@example.org");
		this.clock.advance(Duration.ofSeconds(5));
		String giftPath = giver.post(givePath, fields).headers().firstValue("Location").orElseThrow();
		StructuredCommunication communication = StructuredCommunication
			.parse(giver.page(giftPath).select("[data-communication]").text());
		assertThat(this.transfers.settle(communication, 6000, today(), "statement:" + UUID.randomUUID())).isPresent();

		Document page = giver.page(SupportPaths.campaign(Language.FR, campaign));
		assertThat(page.select("[data-raised]").text().replace('\u00a0', ' ')).isEqualTo("60 €");
		assertThat(page.select("[data-donors]").text()).isEqualTo("1");
		Document dashboard = Jsoup.parse(browser.get("/admin/fundraising").body());
		assertThat(dashboard.select("[data-campaign=" + key + "] [data-raised]").text().replace('\u00a0', ' '))
			.isEqualTo("60,00 €");
		assertThat(dashboard.select("[data-campaign=" + key + "] [data-donors]").text()).isEqualTo("1");
		assertThat(audited("FUNDRAISING_CAMPAIGN_SAVED", "campaign:" + key, fundraiser.email())).isEqualTo(1);

		Map<String, String> changed = new HashMap<>(CampaignForms.valid(key, today()));
		changed.put("title_en", "Workshops, second edition");
		changed.put("funding", "all");
		String path = "/admin/fundraising/campaigns/" + campaign.id();
		assertThat(browser.submit(path, path, changed).statusCode()).isEqualTo(302);
		Campaign after = this.campaigns.byId(campaign.id()).orElseThrow();
		assertThat(after.text(Language.EN).title()).isEqualTo("Workshops, second edition");
		assertThat(after.keepItAll()).isFalse();
		assertThat(after.key()).isEqualTo(key);
		assertThat(audited("FUNDRAISING_CAMPAIGN_SAVED", "campaign:" + key, fundraiser.email())).isEqualTo(2);
		assertThat(HtmlChecker.check(path, browser.get(path).body()).errorsNotingWarnings()).isEmpty();
		assertThat(HtmlChecker.check("dashboard", browser.get("/admin/fundraising").body()).errorsNotingWarnings())
			.isEmpty();
	}

	@Test
	void malformedOversizedAndHostileFormsAreRefusedWithTheReasonAndChangeNothing() {
		Fundraisers.Signed fundraiser = Fundraisers.signIn(this.context, Role.FUNDRAISER, Language.FR);
		StaffBrowser browser = fundraiser.browser();
		Campaign other = FundraisingFixtures.openAppeal(this.campaigns, today());
		String key = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
		long before = count("select count(*) from fundraising_campaign");
		Map<String, String> problems = Map.of("goal", "beaucoup", "opensOn", "2026-02-31", "position", "-4", "kind",
				"LOTTERY", "story_nl", "x".repeat(20_001), "slug_fr", other.text(Language.FR).slug(), "slug_en", "give",
				"title_nl", "", "stretch_amount_0", "10", "closesOn", "2001-01-01");
		Map<String, String> expected = Map.of("goal", "L’objectif doit être compris", "opensOn",
				"La campagne demande un jour d’ouverture", "position", "La position est un nombre entier", "kind",
				"Choisissez un type de campagne", "story_nl", "dépasse", "slug_fr", "utilise déjà l’adresse", "slug_en",
				"est réservée", "title_nl", "est vide", "stretch_amount_0", "Chaque objectif suivant", "closesOn",
				"ne peut précéder");
		for (Map.Entry<String, String> bad : problems.entrySet()) {
			Map<String, String> fields = new HashMap<>(CampaignForms.valid(key, today()));
			fields.put(bad.getKey(), bad.getValue());
			HttpResponse<String> answer = browser.submit("/admin/fundraising/campaigns/new",
					"/admin/fundraising/campaigns/new", fields);
			assertThat(answer.statusCode()).as(bad.getKey()).isEqualTo(400);
			Document page = Jsoup.parse(answer.body());
			assertThat(page.select("[role=alert]").text()).as(bad.getKey()).contains(expected.get(bad.getKey()));
			assertThat(page.selectFirst("#title_fr").attr("value")).isEqualTo("Ateliers " + key + " fr");
		}
		assertThat(count("select count(*) from fundraising_campaign")).isEqualTo(before);
		assertThat(this.campaigns.byKey(key)).isEmpty();

		Map<String, String> hostile = new HashMap<>(CampaignForms.valid(key, today()));
		hostile.put("title_fr", "<script>alert('x')</script> Ateliers");
		hostile.put("story_fr", "<img src=x onerror=alert(1)>\n\nSuite.");
		assertThat(browser.submit("/admin/fundraising/campaigns/new", "/admin/fundraising/campaigns/new", hostile)
			.statusCode()).isEqualTo(302);
		Campaign saved = this.campaigns.byKey(key).orElseThrow();
		String adminPage = browser.get("/admin/fundraising/campaigns/" + saved.id()).body();
		String publicPage = this.giverPage(SupportPaths.campaign(Language.FR, saved));
		for (String body : List.of(adminPage, publicPage, browser.get("/admin/fundraising").body())) {
			assertThat(body).doesNotContain("<script>alert").doesNotContain("<img src=x").contains("&lt;script&gt;");
		}

		Map<String, String> edit = new HashMap<>(CampaignForms.valid(key, today()));
		edit.put("goal", "-50");
		edit.put("title_fr", "Changé");
		String path = "/admin/fundraising/campaigns/" + saved.id();
		assertThat(browser.submit(path, path, edit).statusCode()).isEqualTo(400);
		assertThat(this.campaigns.byId(saved.id()).orElseThrow().text(Language.FR).title())
			.isEqualTo("<script>alert('x')</script> Ateliers");
		assertThat(browser.get("/admin/fundraising/campaigns/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(browser.get("/admin/fundraising/campaigns/not-an-id").statusCode()).isEqualTo(404);
	}

	@Test
	void anUpdateIsPostedInTheThreeLanguagesOrNotAtAll() {
		Fundraisers.Signed fundraiser = Fundraisers.signIn(this.context, Role.FUNDRAISER, Language.EN);
		StaffBrowser browser = fundraiser.browser();
		Campaign campaign = FundraisingFixtures.campaign(this.campaigns, CampaignKind.APPEAL, today().minusDays(3),
				today().plusDays(3));
		String path = "/admin/fundraising/campaigns/" + campaign.id();
		Map<String, String> fields = new HashMap<>();
		for (String c : new String[] { "fr", "nl", "en" }) {
			fields.put("update_title_" + c, "Halfway " + c);
			fields.put("update_body_" + c, "We are halfway " + c + ".");
		}
		fields.put("update_body_nl", "");
		HttpResponse<String> refused = browser.submit(path, path + "/updates", fields);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.body()).select("[role=alert]").text()).contains("An update needs a text");
		assertThat(this.campaigns.updates(campaign.id(), Language.FR)).isEmpty();

		fields.put("update_body_nl", "We zijn halfweg.");
		assertThat(browser.submit(path, path + "/updates", fields).statusCode()).isEqualTo(302);
		assertThat(this.campaigns.updates(campaign.id(), Language.NL)).singleElement()
			.satisfies((update) -> assertThat(update.body()).isEqualTo("We zijn halfweg."));
		assertThat(Jsoup.parse(giverPage(SupportPaths.campaign(Language.EN, campaign))).text()).contains("Halfway en");
	}

	private String giverPage(String path) {
		return Giver.fromOwnAddress(this.port).get(path).body();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private long audited(String action, String target, String actor) {
		return count("select count(*) from identity_audit where action = ? and target = ? and actor = ?", action,
				target, actor);
	}

}
