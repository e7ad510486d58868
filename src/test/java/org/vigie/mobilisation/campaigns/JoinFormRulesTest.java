package org.vigie.mobilisation.campaigns;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.TestClock;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.Supporter;
import org.vigie.mobilisation.confirm.MailAllowance;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The join form's rules as a person (or a script) meets them: the answer never tells
 * whether an address had joined already or had its emails for the day; joining again
 * never un-confirms; forged, expired, hurried and cross-site forms, the honeypot and bad
 * fields are refused with a clear reason in the page's language and record nothing.
 */
@MobilisationTest
class JoinFormRulesTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private MailAllowance allowance;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@AfterEach
	void dropUnread() {
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void theAnswerIsTheSameForANewAnAlreadyConfirmedAndAnOverLimitAddress() throws Exception {
		Campaign campaign = CampaignFixtures.open(this.campaigns, this.clock.instant());
		String page = CampaignPaths.campaign(Language.EN, campaign);
		String email = "mia." + UUID.randomUUID() + "@example.org";
		Supporter mia = Supporter.fromOwnNetwork(this.port);
		HttpResponse<String> first = CampaignFixtures.join(mia, this.clock, page,
				CampaignFixtures.fields("Mia", email, "Gent", "BE", false, false));
		CampaignFixtures.confirm(mia, new Mailbox(mail).await(email, 1).get(0), "confirm");
		assertThat(supporters(page)).isEqualTo("1");

		HttpResponse<String> again = CampaignFixtures.join(mia, this.clock, page,
				CampaignFixtures.fields("Someone else", email, "", "", true, true));
		assertThat(again.statusCode()).isEqualTo(first.statusCode()).isEqualTo(302);
		assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(supporters(page)).as("joining again never un-confirms").isEqualTo("1");
		assertThat(this.jdbc.sql("select first_name from mobilisation_campaigns_pledge where campaign_id = ?")
			.param(campaign.id())
			.query(String.class)
			.single()).isEqualTo("Mia");
		assertThat(outbox(email)).as("a confirmed supporter gets no second link").isEqualTo(1);

		String busy = "busy." + UUID.randomUUID() + "@example.org";
		for (int i = 0; i < this.allowance.perDay(); i++) {
			Campaign other = CampaignFixtures.open(this.campaigns, this.clock.instant());
			CampaignFixtures.join(Supporter.fromOwnNetwork(this.port), this.clock,
					CampaignPaths.campaign(Language.EN, other),
					CampaignFixtures.fields("Busy", busy, "", "", false, false));
		}
		HttpResponse<String> overLimit = CampaignFixtures.join(Supporter.fromOwnNetwork(this.port), this.clock, page,
				CampaignFixtures.fields("Busy", busy, "", "", false, false));
		assertThat(overLimit.statusCode()).isEqualTo(302);
		assertThat(overLimit.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(outbox(busy)).isEqualTo(this.allowance.perDay());

		String thanks = CampaignFixtures.path(first.headers().firstValue("Location").orElseThrow());
		assertThat(mia.page(thanks).select("[data-thanks]").text()).contains("If this address still needs to confirm");
	}

	@Test
	void theHoneypotIsAnsweredAsIfItWorkedAndRecordsNothing() {
		Campaign campaign = CampaignFixtures.open(this.campaigns, this.clock.instant());
		String page = CampaignPaths.campaign(Language.FR, campaign);
		String email = "bot." + UUID.randomUUID() + "@example.org";
		Map<String, String> fields = CampaignFixtures.fields("Bot", email, "", "", true, true);
		fields.put("website_url", "https://spam.example");
		HttpResponse<String> answer = CampaignFixtures.join(Supporter.fromOwnNetwork(this.port), this.clock, page,
				fields);
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(CampaignFixtures.path(answer.headers().firstValue("Location").orElseThrow()))
			.isEqualTo(CampaignPaths.thanks(Language.FR, campaign));
		assertThat(pledges(campaign)).isZero();
		assertThat(outbox(email)).isZero();
	}

	@Test
	void forgedExpiredHurriedAndCrossSiteFormsAreRefusedInThePagesLanguage() {
		Campaign campaign = CampaignFixtures.open(this.campaigns, this.clock.instant());
		String page = CampaignPaths.campaign(Language.FR, campaign);
		Supporter eve = Supporter.fromOwnNetwork(this.port);
		Document form = eve.page(page);
		Map<String, String> fields = Supporter.hiddenFields(form, "form[data-join]");
		fields
			.putAll(CampaignFixtures.fields("Eve", "eve." + UUID.randomUUID() + "@example.org", "", "", false, false));

		HttpResponse<String> hurried = eve.post(page, fields);
		assertThat(hurried.statusCode()).isEqualTo(400);
		assertThat(problem(hurried))
			.isEqualTo("Ce formulaire a été envoyé trop vite. Patientez quelques secondes et envoyez-le à nouveau.");

		this.clock.advance(Duration.ofSeconds(5));
		Map<String, String> forged = new HashMap<>(fields);
		forged.put("token", fields.get("token").substring(0, fields.get("token").length() - 2) + "zz");
		HttpResponse<String> refused = eve.post(page, forged);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(problem(refused)).isEqualTo("Ce formulaire n’est pas valable. Rechargez la page et réessayez.");

		HttpResponse<String> crossSite = eve.post(page, fields, "Sec-Fetch-Site", "cross-site");
		assertThat(crossSite.statusCode()).isEqualTo(403);
		assertThat(problem(crossSite)).startsWith("Ce formulaire n’a pas été envoyé depuis notre site.");

		Map<String, String> otherCampaign = new HashMap<>(fields);
		Campaign other = CampaignFixtures.open(this.campaigns, this.clock.instant());
		HttpResponse<String> elsewhere = eve.post(CampaignPaths.campaign(Language.FR, other), otherCampaign);
		assertThat(elsewhere.statusCode()).as("a token is for one campaign").isEqualTo(400);

		this.clock.advance(Duration.ofHours(4));
		HttpResponse<String> expired = eve.post(page, fields);
		assertThat(expired.statusCode()).isEqualTo(400);
		assertThat(problem(expired)).startsWith("Ce formulaire est resté ouvert trop longtemps.");
		assertThat(pledges(campaign) + pledges(other)).isZero();
		assertThat(eve.hasCookies()).isFalse();
	}

	@Test
	void badFieldsAreNamedClearlyAndNothingIsRecorded() {
		Campaign campaign = CampaignFixtures.open(this.campaigns, this.clock.instant());
		String page = CampaignPaths.campaign(Language.NL, campaign);
		String good = "jan." + UUID.randomUUID() + "@example.org";
		Map<String, Map<String, String>> cases = Map.of("email",
				CampaignFixtures.fields("Jan", good + "\r\nBcc: victim@example.org", "", "", false, false), "email ",
				CampaignFixtures.fields("Jan", "j".repeat(5000) + "@example.org", "", "", false, false), "country",
				CampaignFixtures.fields("Jan", good, "", "XX", false, false), "firstName",
				CampaignFixtures.fields("J".repeat(61), good, "", "", false, false), "firstName ",
				CampaignFixtures.fields("Ja\u0007n", good, "", "", false, false), "firstName  ",
				CampaignFixtures.fields("", good, "", "", false, false), "city",
				CampaignFixtures.fields("Jan", good, "G".repeat(81), "", false, false));
		Map<String, String> expected = Map.of("email", "Dit e-mailadres is niet geldig.", "country",
				"Kies een land uit de lijst.", "firstName", "Je voornaam telt hoogstens 60 tekens, op één regel.",
				"city", "De gemeente telt hoogstens 80 tekens, op één regel.");
		cases.forEach((field, typed) -> {
			HttpResponse<String> answer = CampaignFixtures.join(Supporter.fromOwnNetwork(this.port), this.clock, page,
					typed);
			assertThat(answer.statusCode()).as(field).isEqualTo(422);
			Document shown = Jsoup.parse(answer.body());
			String name = field.strip();
			assertThat(shown.select("#" + name).attr("aria-invalid")).as(field).isEqualTo("true");
			if (field.equals(name) && expected.containsKey(name)) {
				assertThat(shown.select("#" + name + "-problem").text()).isEqualTo(expected.get(name));
			}
			assertThat(shown.select("[data-problem]").text())
				.isEqualTo("Enkele velden moet je nog eens bekijken: zie hieronder.");
		});
		assertThat(pledges(campaign)).isZero();
		assertThat(this.jdbc.sql("select count(*) from notifications_outbox where recipient like ?")
			.param("%" + good.substring(4) + "%")
			.query(Integer.class)
			.single()).isZero();
	}

	private String supporters(String page) {
		return Supporter.fromOwnNetwork(this.port).page(page).select("[data-supporters]").text();
	}

	private static String problem(HttpResponse<String> answer) {
		return Jsoup.parse(answer.body()).select("[data-problem]").text();
	}

	private int pledges(Campaign campaign) {
		return this.jdbc.sql("select count(*) from mobilisation_campaigns_pledge where campaign_id = ?")
			.param(campaign.id())
			.query(Integer.class)
			.single();
	}

	private int outbox(String email) {
		return this.jdbc.sql("select count(*) from notifications_outbox where recipient = ?")
			.param(email)
			.query(Integer.class)
			.single();
	}

}
