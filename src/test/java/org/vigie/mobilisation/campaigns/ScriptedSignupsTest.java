package org.vigie.mobilisation.campaigns;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigie.TestClock;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.Supporter;
import org.vigie.mobilisation.confirm.MailAllowance;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thousand scripted sign-ups: from one network, through the honeypot, faster than a
 * person, and at one address from many networks. None of them inflates the counter, and
 * no more emails leave than the limits allow: twenty pledges from one client an hour, the
 * daily share of one address.
 */
@MobilisationTest
class ScriptedSignupsTest {

	@LocalServerPort
	private int port;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private MailAllowance allowance;

	@Autowired
	private Counter counter;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@AfterEach
	void dropUnread() {
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void aThousandScriptedSignupsInflateNothingAndSendOnlyWhatTheLimitsAllow() {
		Campaign campaign = CampaignFixtures.open(this.campaigns, this.clock.instant());
		String page = CampaignPaths.campaign(Language.FR, campaign);
		String domain = "@bots-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
		Supporter script = Supporter.fromOwnNetwork(this.port);
		Document form = script.page(page);
		Map<String, String> hidden = Supporter.hiddenFields(form, "form[data-join]");

		int refused = 0;
		for (int i = 0; i < 300; i++) {
			Map<String, String> fields = new HashMap<>(hidden);
			fields.putAll(CampaignFixtures.fields("Fast" + i, "fast" + i + domain, "", "", true, false));
			refused += (script.post(page, fields).statusCode() == 400) ? 1 : 0;
		}
		assertThat(refused).as("faster than a person").isEqualTo(300);

		this.clock.advance(Duration.ofSeconds(5));
		for (int i = 0; i < 300; i++) {
			Map<String, String> fields = new HashMap<>(hidden);
			fields.putAll(CampaignFixtures.fields("Honey" + i, "honey" + i + domain, "", "", true, false));
			fields.put("website_url", "http://spam.example/" + i);
			assertThat(script.post(page, fields).statusCode()).isEqualTo(302);
		}

		int throttled = 0;
		for (int i = 0; i < 350; i++) {
			Map<String, String> fields = new HashMap<>(hidden);
			fields.putAll(CampaignFixtures.fields("Net" + i, "net" + i + domain, "", "", true, false));
			throttled += (script.post(page, fields).statusCode() == 429) ? 1 : 0;
		}
		assertThat(throttled).as("one client's sign-ups beyond its hourly share").isEqualTo(330);

		String target = "target" + domain;
		for (int i = 0; i < 50; i++) {
			Supporter elsewhere = Supporter.fromOwnNetwork(this.port);
			Map<String, String> fields = new HashMap<>(hidden);
			fields.putAll(CampaignFixtures.fields("Target", target, "", "", true, false));
			HttpResponse<String> answer = elsewhere.post(page, fields);
			assertThat(answer.statusCode()).isEqualTo(302);
		}

		this.counter.changed(campaign.id());
		assertThat(this.counter.figures(campaign.id()).supporters()).isZero();
		assertThat(count("select count(*) from mobilisation_campaigns_pledge where campaign_id = ?", campaign.id()))
			.isEqualTo(21);
		assertThat(count("select count(*) from notifications_outbox where recipient like ?", "%" + domain))
			.isEqualTo(20 + this.allowance.perDay());
		assertThat(count("select count(*) from notifications_outbox where recipient = ?", target))
			.isEqualTo(this.allowance.perDay());
	}

	private int count(String sql, Object parameter) {
		return this.jdbc.sql(sql).param(parameter).query(Integer.class).single();
	}

}
