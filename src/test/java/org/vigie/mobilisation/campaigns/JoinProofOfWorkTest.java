package org.vigie.mobilisation.campaigns;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.Supporter;
import org.vigie.mobilisation.web.ActionThrottle;
import org.vigie.mobilisation.web.ProofOfWorkTest;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The join form during a burst of sign-ups on its campaign: it carries a proof-of-work
 * challenge and says what to do without JavaScript; sent without the solution or with a
 * wrong one it is refused with a clear reason and records nothing; with the solution it
 * goes through, once. Outside a burst nothing is asked.
 */
@MobilisationTest
class JoinProofOfWorkTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private ActionThrottle throttle;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@AfterEach
	void dropUnread() {
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void duringABurstTheFormAsksForWorkAndRefusesFormsWithoutIt() {
		Instant before = this.clock.instant();
		Campaign campaign = CampaignFixtures.open(this.campaigns, before);
		burst(campaign);
		String page = CampaignPaths.campaign(Language.EN, campaign);
		Supporter ada = Supporter.fromOwnNetwork(this.port);
		try {
			Document form = ada.page(page);
			assertThat(form.select("input[name=powNonce]")).as("the challenge's fields").hasSize(1);
			assertThat(form.select("form[data-pow]")).hasSize(1);
			assertThat(form.select("[data-pow-status]").text()).startsWith("Many people are signing up right now.");
			assertThat(form.select("script[src=/js/mobilisation-pow.js]")).hasSize(1);
			Map<String, String> fields = Supporter.hiddenFields(form, "form[data-join]");
			fields.putAll(CampaignFixtures.fields("Ada", "ada." + UUID.randomUUID() + "@example.org", "", "BE", false,
					false));
			this.clock.advance(Duration.ofSeconds(5));

			HttpResponse<String> without = ada.post(page, fields);
			assertThat(without.statusCode()).isEqualTo(422);
			assertThat(Jsoup.parse(without.body()).select("[data-problem]").text())
				.startsWith("We are receiving many sign-ups at once and could not check this form.");
			assertThat(Jsoup.parse(without.body()).select("form[data-pow]")).as("a fresh challenge").hasSize(1);

			fields.put("powSolution", "12345");
			assertThat(ada.post(page, fields).statusCode()).as("a wrong solution").isEqualTo(422);

			Map<String, String> noChallenge = new java.util.HashMap<>(fields);
			noChallenge.keySet().removeIf((name) -> name.startsWith("pow"));
			assertThat(ada.post(page, noChallenge).statusCode()).as("challenge fields left out").isEqualTo(422);
			assertThat(pledges(campaign)).isZero();

			fields.put("powSolution",
					ProofOfWorkTest.solve(fields.get("powNonce"), Integer.parseInt(fields.get("powBits"))));
			HttpResponse<String> solved = ada.post(page, fields);
			assertThat(solved.statusCode()).isEqualTo(302);
			assertThat(CampaignFixtures.path(solved.headers().firstValue("Location").orElseThrow()))
				.isEqualTo(CampaignPaths.thanks(Language.EN, campaign));
			assertThat(pledges(campaign)).isEqualTo(1);

			HttpResponse<String> replayed = ada.post(page, fields);
			assertThat(replayed.statusCode()).as("a solved challenge is spent").isEqualTo(422);
			assertThat(pledges(campaign)).isEqualTo(1);
		}
		finally {
			this.clock.set(before);
		}
	}

	@Test
	void outsideABurstNothingIsAsked() {
		Campaign campaign = CampaignFixtures.open(this.campaigns, this.clock.instant());
		String page = CampaignPaths.campaign(Language.FR, campaign);
		Document form = Supporter.fromOwnNetwork(this.port).page(page);
		assertThat(form.select("form[data-pow], [data-pow-status], input[name=powNonce]")).isEmpty();
		assertThat(form.select("script[src=/js/mobilisation-pow.js]")).isEmpty();
		Instant before = this.clock.instant();
		try {
			HttpResponse<String> answer = CampaignFixtures.join(Supporter.fromOwnNetwork(this.port), this.clock, page,
					CampaignFixtures.fields("Noor", "noor." + UUID.randomUUID() + "@example.org", "", "", false,
							false));
			assertThat(answer.statusCode()).isEqualTo(302);
		}
		finally {
			this.clock.set(before);
		}
		assertThat(pledges(campaign)).isEqualTo(1);
	}

	/** Over half the campaign's sign-up limit, counted from one made-up address. */
	private void burst(Campaign campaign) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("10.213." + (int) (Math.random() * 250) + ".7");
		while (!this.throttle.burst("campaign:" + campaign.id())) {
			this.throttle.allowSignup(request, "campaign:" + campaign.id());
		}
	}

	private int pledges(Campaign campaign) {
		return this.jdbc.sql("select count(*) from mobilisation_campaigns_pledge where campaign_id = ?")
			.param(campaign.id())
			.query(Integer.class)
			.single();
	}

}
