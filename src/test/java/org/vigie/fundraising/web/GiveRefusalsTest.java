package org.vigie.fundraising.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingFixtures;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.Giver;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignKind;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gift form refuses what it must, says why in the donor's language, and records
 * nothing: malformed, oversized and hostile fields, a wrong national register number,
 * absurd amounts, a forged or stale token, a form sent by a script faster than a person
 * types, a request from another site, floods from one client, a closed campaign.
 */
@FundraisingTest
class GiveRefusalsTest {

	@LocalServerPort
	private int port;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private GiveThrottle throttle;

	@Test
	void badFieldsAreNamedAndNothingIsRecorded() {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		Giver giver = Giver.fromOwnAddress(this.port);
		String givePath = SupportPaths.give(Language.FR, campaign);
		Map<String, String> fields = Giver.transfer(giver.formFields(givePath), "-5", "not-an-email");
		fields.put("firstName", "<script>alert(1)</script>");
		fields.put("lastName", "x".repeat(500));
		fields.put("certificate", "yes");
		fields.put("nationalNumber", "85.07.30-033.62");
		fields.put("street", "");
		fields.put("postcode", "<b>");
		fields.put("country", "Belgium");
		fields.remove("consent");
		this.clock.advance(Duration.ofSeconds(5));
		long before = gifts();

		HttpResponse<String> answer = giver.post(givePath, fields);

		assertThat(answer.statusCode()).isEqualTo(422);
		Document page = Jsoup.parse(answer.body());
		assertThat(page.select("[data-problem]").text()).contains("Rien n’a été enregistré", "Autre montant", "Prénom",
				"Nom", "Adresse e-mail", "registre national", "Rue et numéro", "Code postal", "Pays", "Accord");
		assertThat(answer.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
		assertThat(page.select("#nationalNumber").val()).as("never sent back").isEmpty();
		assertThat(gifts()).isEqualTo(before);
	}

	@Test
	void amountsOutOfBoundsAreRefused() {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		Giver giver = Giver.fromOwnAddress(this.port);
		String givePath = SupportPaths.give(Language.EN, campaign);
		long before = gifts();
		for (String amount : new String[] { "0", "4.99", "10000.01", "9999999", "1e3", "12.345", "1,5,0", " " }) {
			Map<String, String> fields = Giver.transfer(giver.formFields(givePath), amount,
					"a." + UUID.randomUUID() + "@example.org");
			this.clock.advance(Duration.ofSeconds(5));
			HttpResponse<String> answer = giver.post(givePath, fields);
			assertThat(answer.statusCode()).as(amount).isEqualTo(422);
			assertThat(Jsoup.parse(answer.body()).select("[data-problem]").text()).as(amount)
				.containsAnyOf("Online gifts go from 5 € to 10,000 €", "type an amount in euros");
		}
		assertThat(gifts()).isEqualTo(before);
	}

	@Test
	void aValidNationalRegisterNumberAndAddressAreKeptSealed() {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		Giver giver = Giver.fromOwnAddress(this.port);
		String givePath = SupportPaths.give(Language.FR, campaign);
		Map<String, String> fields = Giver.transfer(giver.formFields(givePath), "50",
				"c." + UUID.randomUUID() + "@example.org");
		fields.put("certificate", "yes");
		fields.put("nationalNumber", "85.07.30-033.28");
		fields.put("street", "Rue de la Loi 16");
		fields.put("postcode", "1000");
		fields.put("city", "Bruxelles");
		fields.put("country", "be");
		this.clock.advance(Duration.ofSeconds(5));

		assertThat(giver.post(givePath, fields).statusCode()).isEqualTo(302);

		Map<String, Object> donor = this.jdbc
			.sql("select d.* from fundraising_donor d join fundraising_gift g on g.donor_id = d.id "
					+ "where g.campaign_id = ?")
			.param(campaign.id())
			.query()
			.singleRow();
		assertThat(donor.get("NRN_SEALED").toString()).doesNotContain("85073003328").isNotBlank();
		assertThat(donor.get("EMAIL_SEALED").toString()).doesNotContain("@example.org");
		assertThat(donor.get("COUNTRY")).isEqualTo("BE");
		assertThat(donor.get("CONSENT_VERSION")).as("the consent is recorded with the notice's version")
			.isEqualTo(GiveForm.CONSENT_VERSION);
		assertThat(donor.get("CONSENT_AT")).isNotNull();
	}

	@Test
	void forgedStaleAndHastyFormsAndOtherSitesAreRefused() {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		Giver giver = Giver.fromOwnAddress(this.port);
		String givePath = SupportPaths.give(Language.EN, campaign);
		long before = gifts();

		Map<String, String> hasty = Giver.transfer(giver.formFields(givePath), "20", "d@example.org");
		assertThat(giver.post(givePath, hasty).body()).contains("faster than a person");

		Map<String, String> forged = new LinkedHashMap<>(hasty);
		forged.put("token", "1700000000.forged");
		this.clock.advance(Duration.ofSeconds(5));
		HttpResponse<String> forgedAnswer = giver.post(givePath, forged);
		assertThat(forgedAnswer.statusCode()).isEqualTo(400);
		assertThat(forgedAnswer.body()).contains("could not be checked");

		Map<String, String> otherCampaign = Giver.transfer(
				giver.formFields(
						SupportPaths.give(Language.EN, FundraisingFixtures.openAppeal(this.campaigns, today()))),
				"20", "d@example.org");
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(giver.post(givePath, otherCampaign).statusCode()).as("a token is worth one campaign").isEqualTo(400);

		Map<String, String> stale = Giver.transfer(giver.formFields(givePath), "20", "d@example.org");
		this.clock.advance(Duration.ofHours(4));
		assertThat(giver.post(givePath, stale).body()).contains("open too long");

		Map<String, String> crossSite = Giver.transfer(giver.formFields(givePath), "20", "d@example.org");
		this.clock.advance(Duration.ofSeconds(5));
		HttpResponse<String> fromElsewhere = giver.post(givePath, crossSite, "Sec-Fetch-Site", "cross-site");
		assertThat(fromElsewhere.statusCode()).isEqualTo(403);
		assertThat(fromElsewhere.body()).contains("not sent from our site");

		assertThat(gifts()).isEqualTo(before);
	}

	@Test
	void oneClientStartingManyGiftsIsStopped() {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		Giver tester = Giver.fromOwnAddress(this.port);
		String givePath = SupportPaths.give(Language.EN, campaign);
		int accepted = 0;
		int stopped = 0;
		for (int i = 0; i < 12; i++) {
			Map<String, String> fields = Giver.transfer(tester.formFields(givePath), "5",
					"t" + i + "." + UUID.randomUUID() + "@example.org");
			this.clock.advance(Duration.ofSeconds(5));
			int status = tester.post(givePath, fields).statusCode();
			accepted += (status == 302) ? 1 : 0;
			stopped += (status == 429) ? 1 : 0;
		}
		assertThat(accepted).isEqualTo(10);
		assertThat(stopped).isEqualTo(2);
		assertThat(Giver.fromOwnAddress(this.port).formFields(givePath)).as("others can still give").isNotEmpty();
	}

	@Test
	void aCampaignAttackedFromManyAddressesStopsTakingGiftsForAWhile() {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		for (int i = 0; i < 300; i++) {
			assertThat(this.throttle.allowCampaign(campaign.id())).isTrue();
		}
		Giver giver = Giver.fromOwnAddress(this.port);
		String givePath = SupportPaths.give(Language.EN, campaign);
		Map<String, String> fields = Giver.transfer(giver.formFields(givePath), "5", "f@example.org");
		this.clock.advance(Duration.ofSeconds(5));
		long before = gifts();

		HttpResponse<String> answer = giver.post(givePath, fields);

		assertThat(answer.statusCode()).isEqualTo(429);
		assertThat(answer.body()).contains("give by bank transfer");
		assertThat(gifts()).isEqualTo(before);
		Campaign other = FundraisingFixtures.openAppeal(this.campaigns, today());
		Map<String, String> elsewhere = Giver.transfer(giver.formFields(SupportPaths.give(Language.EN, other)), "5",
				"f@example.org");
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(giver.post(SupportPaths.give(Language.EN, other), elsewhere).statusCode())
			.as("other campaigns still take gifts")
			.isEqualTo(302);
	}

	@Test
	void aClosedCampaignTakesNoGift() {
		Campaign closed = FundraisingFixtures.campaign(this.campaigns, CampaignKind.APPEAL, today().minusDays(40),
				today().minusDays(10));
		Giver giver = Giver.fromOwnAddress(this.port);
		String givePath = SupportPaths.give(Language.NL, closed);
		Map<String, String> fields = Giver.transfer(giver.formFields(givePath), "20", "e@example.org");
		this.clock.advance(Duration.ofSeconds(5));
		long before = gifts();

		HttpResponse<String> answer = giver.post(givePath, fields);

		assertThat(answer.statusCode()).isEqualTo(422);
		assertThat(answer.body()).contains("neemt geen giften meer aan");
		assertThat(gifts()).isEqualTo(before);
	}

	private long gifts() {
		return this.jdbc.sql("select count(*) from fundraising_gift").query(Long.class).single();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
	}

}
