package org.vigie.fundraising.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingFixtures;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.Giver;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.GiftStatus;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.fundraising.payments.Recorded;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A donor gives by Bancontact through Mollie, end to end through the whole application:
 * the checkout sends the donor to Mollie's page (Mollie's API replayed from recorded
 * exchanges on loopback, since it cannot run here), Mollie's webhook arrives ten times
 * carrying only the payment's id, the application asks Mollie for the payment each time
 * and counts the gift once, thanks the donor once, and a forged id changes nothing.
 */
@FundraisingTest
class GiveThroughMollieTest {

	@RegisterExtension
	static final WireMockExtension mollie = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@DynamicPropertySource
	static void mollie(DynamicPropertyRegistry properties) {
		properties.add("vigie.fundraising.mollie.api-key", () -> "test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM");
		properties.add("vigie.fundraising.mollie.base-url", () -> mollie.baseUrl() + "/v2");
	}

	@LocalServerPort
	private int port;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private Gifts gifts;

	@Autowired
	private Ledger ledger;

	@Autowired
	private TestClock clock;

	private final Mailbox mailbox = new Mailbox(mail);

	@Test
	void aBancontactGiftCountsOnceHoweverOftenMollieCalls() throws Exception {
		mollie.stubFor(post("/v2/payments").willReturn(recorded(201, "payment-created.json")));
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		Giver giver = Giver.fromOwnAddress(this.port);
		String givePath = SupportPaths.give(Language.FR, campaign);
		Document form = giver.page(givePath);
		assertThat(form.select("input[name=method]")).extracting((input) -> input.val())
			.containsExactly("BANCONTACT", "CARD", "TRANSFER");
		String email = "bc." + UUID.randomUUID() + "@example.org";
		Map<String, String> fields = Giver.transfer(giver.formFields(givePath), "25", email);
		fields.put("method", "BANCONTACT");
		this.clock.advance(Duration.ofSeconds(5));

		HttpResponse<String> sent = giver.post(givePath, fields);

		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow())
			.isEqualTo("https://www.mollie.com/checkout/bancontact/7UhSN1zuXS");
		mollie.verify(postRequestedFor(urlEqualTo("/v2/payments"))
			.withRequestBody(matchingJsonPath("$.amount.value", equalTo("25.00")))
			.withRequestBody(matchingJsonPath("$.method", equalTo("bancontact")))
			.withRequestBody(matchingJsonPath("$.webhookUrl", matching("https?://[^/]+/fundraising/webhooks/mollie"))));
		Gift gift = this.gifts.byPayment("mollie", "tr_7UhSN1zuXS").orElseThrow();
		assertThat(this.ledger.figures(campaign.id(), campaign.goalCents()).raisedCents()).isZero();
		mollie.stubFor(get(urlEqualTo("/v2/payments/tr_7UhSN1zuXS?embed=refunds,chargebacks"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/hal+json")
				.withBody(Recorded.json("mollie", "payment-paid.json")
					.replace("5f0c6b9e-7d0a-4f7e-9a55-3c2a1b0d9e11", gift.id().toString()))));

		for (int i = 0; i < 10; i++) {
			assertThat(webhook("id=tr_7UhSN1zuXS").statusCode()).isEqualTo(200);
		}

		assertThat(this.ledger.figures(campaign.id(), campaign.goalCents()).raisedCents()).isEqualTo(2500);
		assertThat(this.gifts.byId(gift.id()).orElseThrow().status()).isEqualTo(GiftStatus.SETTLED);
		assertThat(giver.page(SupportPaths.gift(Language.FR, gift.id())).select("[data-settled]").text())
			.contains("25,00");
		assertThat(this.mailbox.await(email, 1)).hasSize(1);

		mollie.stubFor(get(urlEqualTo("/v2/payments/tr_F0rGeD0001?embed=refunds,chargebacks"))
			.willReturn(recorded(404, "not-found.json")));
		assertThat(webhook("id=tr_F0rGeD0001").statusCode()).isEqualTo(400);
		assertThat(webhook("<xml>not a webhook</xml>").statusCode()).isEqualTo(400);
		assertThat(this.ledger.figures(campaign.id(), campaign.goalCents()).raisedCents()).isEqualTo(2500);
		assertThat(this.mailbox.to(email)).hasSize(1);
	}

	private HttpResponse<String> webhook(String body) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		return http.send(HttpRequest.newBuilder(URI.create(url("/fundraising/webhooks/mollie")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder recorded(int status, String name) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/hal+json")
			.withBody(Recorded.json("mollie", name));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
	}

}
