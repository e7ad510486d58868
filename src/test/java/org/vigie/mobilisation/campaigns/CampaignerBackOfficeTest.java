package org.vigie.mobilisation.campaigns;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.SecondFactors;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.identity.Role;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffMember;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.mobilisation.Supporter;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaigner creates a campaign in three languages, sees it public, and reads its
 * figures and relay chains; refused forms (reserved or taken slugs, over-long texts, a
 * foreign image) come back with the reason and store nothing; authors cannot come in.
 */
@MobilisationTest
class CampaignerBackOfficeTest {

	private static final String PASSWORD = "correct horse battery staple";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private Pledges pledges;

	@Autowired
	private People people;

	@Autowired
	private Counter counter;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@Test
	void aCampaignerCreatesACampaignAndReadsItsRelayChains() {
		StaffBrowser browser = signIn(Role.CAMPAIGNER);
		String key = "relay-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = browser.submit(CampaignAdminPaths.NEW, CampaignAdminPaths.NEW, valid(key));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		Campaign campaign = this.campaigns.byKey(key).orElseThrow();
		assertThat(campaign.text(Language.NL).title()).isEqualTo("Titel " + key);
		assertThat(Supporter.fromOwnNetwork(this.port).page("/nl/in-actie/" + key + "-nl").select("h1").text())
			.isEqualTo("Titel " + key);
		assertThat(this.jdbc.sql("select count(*) from identity_audit where action = ? and target = ?")
			.params("MOBILISATION_CAMPAIGN_SAVED", "campaign:" + key)
			.query(Integer.class)
			.single()).isEqualTo(1);

		Pledge root = pledge(campaign, null);
		Pledge child = pledge(campaign, root.relayCode());
		pledge(campaign, child.relayCode());
		pledge(campaign, root.relayCode());
		this.counter.changed(campaign.id());
		Document page = Jsoup.parse(browser.get(CampaignAdminPaths.BASE + "/" + campaign.id()).body());
		assertThat(page.select("[data-figures] [data-supporters]").text()).isEqualTo("4");
		assertThat(page.select("[data-through-links]").text()).isEqualTo("3");
		assertThat(page.select("[data-depth=0] [data-count]").text()).isEqualTo("1");
		assertThat(page.select("[data-depth=1] [data-count]").text()).isEqualTo("2");
		assertThat(page.select("[data-depth=2] [data-count]").text()).isEqualTo("1");
		assertThat(page.select("[data-relay=" + root.relayCode() + "] [data-direct]").text()).isEqualTo("2");
		assertThat(page.select("[data-relay=" + root.relayCode() + "] [data-chain]").text()).isEqualTo("3");
		assertThat(Jsoup.parse(browser.get(CampaignAdminPaths.BASE).body())
			.select("[data-campaign=" + key + "] [data-supporters]")
			.text()).isEqualTo("4");
		assertThat(Jsoup.parse(browser.get("/admin/mobilisation").body()).select("[data-areas] a").eachAttr("href"))
			.contains(CampaignAdminPaths.BASE);
	}

	@Test
	void refusedFormsComeBackWithTheReasonAndStoreNothing() {
		StaffBrowser browser = signIn(Role.CAMPAIGNER);
		Campaign other = CampaignFixtures.open(this.campaigns, this.clock.instant());
		String key = "refused-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Map<String, String>> cases = Map.of("mes-donnees", with(key, "slug_fr", "mes-donnees"), "taken",
				with(key, "slug_en", other.text(Language.EN).slug()), "long", with(key, "title_nl", "x".repeat(151)),
				"image", with(key, "image", "https://tracker.example/x.png"), "goal", with(key, "goal", "-3"),
				"control", with(key, "share_fr", "a\u0000b"));
		cases.forEach((name, fields) -> {
			HttpResponse<String> refused = browser.submit(CampaignAdminPaths.NEW, CampaignAdminPaths.NEW, fields);
			assertThat(refused.statusCode()).as(name).isEqualTo(400);
			assertThat(Jsoup.parse(refused.body()).select("[data-problem]").text()).as(name).isNotBlank();
		});
		assertThat(this.campaigns.byKey(key)).isEmpty();
		HttpResponse<String> reserved = browser.submit(CampaignAdminPaths.NEW, CampaignAdminPaths.NEW,
				with(key, "slug_fr", "confirmer"));
		assertThat(Jsoup.parse(reserved.body()).select("[data-problem]").text())
			.startsWith("Cette adresse est un mot que le site utilise déjà");
	}

	@Test
	void authorsCannotComeIn() {
		StaffBrowser author = signIn(Role.AUTHOR);
		assertThat(author.get(CampaignAdminPaths.BASE).statusCode()).isEqualTo(403);
		assertThat(author.get(CampaignAdminPaths.NEW).statusCode()).isEqualTo(403);
	}

	private Map<String, String> with(String key, String field, String value) {
		Map<String, String> fields = new HashMap<>(valid(key));
		fields.put(field, value);
		return fields;
	}

	private Map<String, String> valid(String key) {
		Map<String, String> fields = new HashMap<>();
		fields.put("key", key);
		fields.put("goal", "2500");
		fields.put("opensOn",
				LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels")).minusDays(1).toString());
		fields.put("closesOn", "");
		fields.put("published", "true");
		fields.put("image", "");
		Map<Language, String> titles = Map.of(Language.FR, "Titre", Language.NL, "Titel", Language.EN, "Title");
		for (Language language : Language.all()) {
			String code = language.code();
			fields.put("slug_" + code, key + "-" + code);
			fields.put("title_" + code, titles.get(language) + " " + key);
			fields.put("summary_" + code, "Summary " + code);
			fields.put("story_" + code, "One.\n\nTwo.");
			fields.put("share_" + code, "Share " + code);
		}
		return fields;
	}

	private Pledge pledge(Campaign campaign, String via) {
		Instant now = this.clock.instant();
		UUID person = this.people
			.person(EmailAddress.parse("relay." + UUID.randomUUID() + "@example.org").orElseThrow(), Language.FR, now);
		Pledge pledge = this.pledges
			.record(new Supporting(campaign.id(), person, "R", null, null, false, false, Language.FR, via), now);
		this.pledges.confirm(pledge.id(), now);
		return pledge;
	}

	private StaffBrowser signIn(Role role) {
		StaffAccounts accounts = this.context.getBean(StaffAccounts.class);
		StaffMember member = accounts.create("camp-" + UUID.randomUUID() + "@example.org", "Camille Campaigner",
				PASSWORD, Language.FR, Set.of(role), "test");
		var codes = SecondFactors.enrol(this.context.getBean(TwoFactor.class), this.clock, member.getId());
		StaffBrowser browser = StaffBrowser.fromOwnAddress(this.context.getBean(SiteClient.class));
		browser.signIn(member.getEmail(), PASSWORD, codes.get(0));
		return browser;
	}

	/** The back-office addresses of campaigns. */
	static final class CampaignAdminPaths {

		static final String BASE = "/admin/mobilisation/campaigns";

		static final String NEW = BASE + "/new";

		private CampaignAdminPaths() {
		}

	}

}
