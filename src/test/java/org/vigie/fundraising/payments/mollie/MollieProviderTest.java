package org.vigie.fundraising.payments.mollie;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.fundraising.payments.Checkout;
import org.vigie.fundraising.payments.CheckoutRequest;
import org.vigie.fundraising.payments.PaymentEvent;
import org.vigie.fundraising.payments.PaymentEvent.Kind;
import org.vigie.fundraising.payments.PaymentMethod;
import org.vigie.fundraising.payments.PaymentRefused;
import org.vigie.fundraising.payments.Payout;
import org.vigie.fundraising.payments.Recorded;
import org.vigie.fundraising.payments.WebhookCall;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Mollie adapter against recorded Mollie API v2 exchanges replayed on loopback: what
 * a checkout sends, what a webhook call becomes once the payment is fetched, how a
 * monthly gift is set up only after its first payment is paid, and what a forged id or a
 * failing Mollie gives.
 */
@ExtendWith(OutputCaptureExtension.class)
class MollieProviderTest {

	private static final UUID GIFT = UUID.fromString("5f0c6b9e-7d0a-4f7e-9a55-3c2a1b0d9e11");

	private static final UUID MONTHLY = UUID.fromString("8a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d");

	@RegisterExtension
	static WireMockExtension mollie = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final MollieProvider provider = new MollieProvider(new MollieSettings("test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM",
			URI.create(mollie.baseUrl() + "/v2"), Duration.ofMillis(800)));

	@Test
	void aCheckoutSendsTheGiftAmountMethodAndWebhookAndOpensMolliesPage() {
		mollie.stubFor(post("/v2/payments").willReturn(recorded(201, "payment-created.json")));

		Checkout checkout = this.provider.start(request(false, PaymentMethod.BANCONTACT));

		assertThat(checkout.paymentRef()).isEqualTo("tr_7UhSN1zuXS");
		assertThat(checkout.redirect()).hasToString("https://www.mollie.com/checkout/bancontact/7UhSN1zuXS");
		mollie.verify(postRequestedFor(urlEqualTo("/v2/payments"))
			.withHeader("Authorization", equalTo("Bearer test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM"))
			.withRequestBody(equalToJson("""
					{"amount": {"currency": "EUR", "value": "25.00"},
					 "description": "Gift to Safe Journeys",
					 "redirectUrl": "https://vigie.example.org/fr/soutenir/merci",
					 "webhookUrl": "https://vigie.example.org/fundraising/webhooks/mollie",
					 "locale": "fr_BE", "method": "bancontact", "sequenceType": "oneoff",
					 "metadata": {"giftId": "5f0c6b9e-7d0a-4f7e-9a55-3c2a1b0d9e11"}}""")));
		assertThat(mollie.findAll(postRequestedFor(urlEqualTo("/v2/payments"))).getFirst().getBodyAsString())
			.as("no donor data travels to Mollie before payment")
			.doesNotContain("Ada")
			.doesNotContain("ada@");
		assertThat(mollie.findAll(postRequestedFor(urlPathEqualTo("/v2/customers")))).as("no customer before payment")
			.isEmpty();
	}

	@Test
	void aMonthlyGiftByCardIsRefusedBeforeAnyCall() {
		assertThat(refusal(() -> this.provider.start(request(true, PaymentMethod.CARD))))
			.isEqualTo("fundraising.payment.problem.method");
		assertThat(mollie.getAllServeEvents()).isEmpty();
	}

	@Test
	void theSameWebhookTenTimesGivesTheSameKeys() {
		mollie.stubFor(payment("tr_7UhSN1zuXS").willReturn(recorded(200, "payment-paid.json")));

		List<List<PaymentEvent>> deliveries = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			deliveries.add(this.provider.events(webhook("id=tr_7UhSN1zuXS")));
		}

		assertThat(deliveries).allSatisfy(events -> assertThat(events).singleElement().satisfies(paid -> {
			assertThat(paid.key()).isEqualTo("mollie:tr_7UhSN1zuXS:paid");
			assertThat(paid.kind()).isEqualTo(Kind.PAID);
			assertThat(paid.giftId()).isEqualTo(GIFT);
			assertThat(paid.amountCents()).isEqualTo(2500);
			assertThat(paid.at()).isEqualTo(Instant.parse("2026-03-02T10:17:41Z"));
		}));
		mollie.verify(10, getRequestedFor(urlPathEqualTo("/v2/payments/tr_7UhSN1zuXS")));
	}

	@Test
	void aPaymentThatMovesOnRepeatsItsEarlierKeysAndAddsRefundsAndChargebacks() {
		String scenario = "payment";
		mollie.stubFor(payment("tr_7UhSN1zuXS").inScenario(scenario)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(recorded(200, "payment-created.json"))
			.willSetStateTo("paid"));
		mollie.stubFor(payment("tr_7UhSN1zuXS").inScenario(scenario)
			.whenScenarioStateIs("paid")
			.willReturn(recorded(200, "payment-paid.json"))
			.willSetStateTo("refunded"));
		mollie.stubFor(payment("tr_7UhSN1zuXS").inScenario(scenario)
			.whenScenarioStateIs("refunded")
			.willReturn(recorded(200, "payment-refunded.json")));

		assertThat(this.provider.events(webhook("id=tr_7UhSN1zuXS"))).as("still open: nothing to record").isEmpty();
		assertThat(keys(this.provider.events(webhook("id=tr_7UhSN1zuXS"))))
			.containsExactly("mollie:tr_7UhSN1zuXS:paid");
		List<PaymentEvent> later = this.provider.events(webhook("id=tr_7UhSN1zuXS"));

		assertThat(keys(later)).containsExactly("mollie:tr_7UhSN1zuXS:paid", "mollie:re_4qqhO89gsT:refunded",
				"mollie:chb_n9z0tp:charged-back");
		assertThat(later).extracting(PaymentEvent::kind).containsExactly(Kind.PAID, Kind.REFUNDED, Kind.CHARGED_BACK);
		assertThat(later).extracting(PaymentEvent::amountCents).containsExactly(2500L, 1000L, 1500L);
		assertThat(later).extracting(PaymentEvent::paymentRef).containsOnly("tr_7UhSN1zuXS");
	}

	@Test
	void aFailedPaymentIsReportedFailed() {
		mollie.stubFor(payment("tr_7UhSN1zuXS").willReturn(recorded(200, "payment-failed.json")));

		assertThat(this.provider.events(webhook("id=tr_7UhSN1zuXS"))).singleElement()
			.satisfies(failed -> assertThat(failed.key()).isEqualTo("mollie:tr_7UhSN1zuXS:failed"))
			.satisfies(failed -> assertThat(failed.kind()).isEqualTo(Kind.FAILED));
	}

	@Test
	void aForgedIdIsRefusedWithNothingRecorded() {
		mollie.stubFor(payment("tr_F0rGeD0001").willReturn(recorded(404, "not-found.json")));

		assertThat(refusal(() -> this.provider.events(webhook("id=tr_F0rGeD0001"))))
			.isEqualTo("fundraising.payment.problem.unknown");
		for (String hostile : List.of("", "id=", "id=cst_8wmqcHMN4U", "id=tr_..%2F..%2Fcustomers", "id=tr_x'--",
				"x".repeat(5000))) {
			assertThat(refusal(() -> this.provider.events(webhook(hostile)))).as(hostile)
				.isEqualTo("fundraising.payment.problem.malformed");
		}
		mollie.verify(1, getRequestedFor(urlPathEqualTo("/v2/payments/tr_F0rGeD0001")));
		assertThat(mollie.getAllServeEvents()).as("a malformed call asks Mollie nothing").hasSize(1);
	}

	@Test
	void aPaymentForSomethingElseIsRefused() {
		mollie.stubFor(payment("tr_7UhSN1zuXS").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/hal+json")
			.withBody(Recorded.json("mollie", "payment-paid.json")
				.replace("\"giftId\": \"5f0c6b9e-7d0a-4f7e-9a55-3c2a1b0d9e11\"", "\"order\": \"12345\""))));

		assertThat(refusal(() -> this.provider.events(webhook("id=tr_7UhSN1zuXS"))))
			.isEqualTo("fundraising.payment.problem.unknown");
	}

	@Test
	void mollieFailingOrSlowGivesAClearRefusal() {
		mollie.stubFor(post("/v2/payments").willReturn(aResponse().withStatus(503).withBody("upstream down")));
		mollie.stubFor(payment("tr_7UhSN1zuXS").willReturn(recorded(200, "payment-paid.json").withFixedDelay(2000)));

		assertThat(refusal(() -> this.provider.start(request(false, PaymentMethod.CARD))))
			.isEqualTo("fundraising.payment.problem.unavailable");
		assertThat(refusal(() -> this.provider.events(webhook("id=tr_7UhSN1zuXS"))))
			.isEqualTo("fundraising.payment.problem.unreachable");
	}

	@Test
	void aMonthlyGiftIsSetUpOnlyOnceItsFirstPaymentIsPaid() {
		mollie.stubFor(payment("tr_Mn7hBq2kTx").willReturn(recorded(200, "payment-first-paid.json")));
		mollie.stubFor(post("/v2/customers").willReturn(recorded(201, "customer-created.json")));
		mollie.stubFor(post("/v2/customers/cst_8wmqcHMN4U/mandates").willReturn(recorded(201, "mandate-created.json")));
		mollie.stubFor(post("/v2/customers/cst_8wmqcHMN4U/subscriptions")
			.willReturn(recorded(201, "subscription-created.json")));

		List<PaymentEvent> events = this.provider.events(webhook("id=tr_Mn7hBq2kTx"));

		assertThat(events).singleElement().satisfies(paid -> {
			assertThat(paid.key()).isEqualTo("mollie:tr_Mn7hBq2kTx:paid");
			assertThat(paid.kind()).isEqualTo(Kind.PAID);
			assertThat(paid.giftId()).isEqualTo(MONTHLY);
			assertThat(paid.subscriptionRef()).isEqualTo("cst_8wmqcHMN4U/sub_rVKGtNd6s3");
		});
		mollie.verify(postRequestedFor(urlEqualTo("/v2/customers"))
			.withHeader("Idempotency-Key", equalTo("vigie-tr_Mn7hBq2kTx-customer"))
			.withRequestBody(equalToJson("{\"metadata\": {\"giftId\": \"" + MONTHLY + "\"}}")));
		mollie.verify(postRequestedFor(urlEqualTo("/v2/customers/cst_8wmqcHMN4U/mandates"))
			.withHeader("Idempotency-Key", equalTo("vigie-tr_Mn7hBq2kTx-mandate"))
			.withRequestBody(equalToJson("""
					{"method": "directdebit", "consumerName": "T. TEST", "consumerAccount": "BE68539007547034",
					 "consumerBic": "BBRUBEBB", "signatureDate": "2026-03-02",
					 "mandateReference": "VIGIE-tr_Mn7hBq2kTx"}""")));
		mollie.verify(postRequestedFor(urlEqualTo("/v2/customers/cst_8wmqcHMN4U/subscriptions"))
			.withHeader("Idempotency-Key", equalTo("vigie-tr_Mn7hBq2kTx-subscription"))
			.withRequestBody(matchingJsonPath("$.amount.value", equalTo("15.00")))
			.withRequestBody(matchingJsonPath("$.interval", equalTo("1 month")))
			.withRequestBody(matchingJsonPath("$.startDate", equalTo("2026-04-02")))
			.withRequestBody(matchingJsonPath("$.mandateId", equalTo("mdt_h3gAaD5zP")))
			.withRequestBody(matchingJsonPath("$.metadata.giftId", equalTo(MONTHLY.toString()))));
	}

	@Test
	void laterMonthlyPaymentsNameTheirSubscription() {
		mollie.stubFor(payment("tr_Rc9pLmW3vQ").willReturn(recorded(200, "payment-recurring-paid.json")));
		mollie.stubFor(payment("tr_Rc9pFail01").willReturn(recorded(200, "payment-recurring-failed.json")));

		assertThat(this.provider.events(webhook("id=tr_Rc9pLmW3vQ"))).singleElement().satisfies(paid -> {
			assertThat(paid.kind()).isEqualTo(Kind.MONTHLY_PAID);
			assertThat(paid.key()).isEqualTo("mollie:tr_Rc9pLmW3vQ:paid");
			assertThat(paid.subscriptionRef()).isEqualTo("cst_8wmqcHMN4U/sub_rVKGtNd6s3");
			assertThat(paid.giftId()).isEqualTo(MONTHLY);
		});
		assertThat(this.provider.events(webhook("id=tr_Rc9pFail01"))).singleElement()
			.satisfies(failed -> assertThat(failed.kind()).isEqualTo(Kind.MONTHLY_FAILED));
		assertThat(mollie.findAll(postRequestedFor(urlPathEqualTo("/v2/customers")))).isEmpty();
	}

	@Test
	void monthlyChangeStopAndRefundSendTheRightCalls() {
		mollie.stubFor(patch(urlEqualTo("/v2/customers/cst_8wmqcHMN4U/subscriptions/sub_rVKGtNd6s3"))
			.willReturn(recorded(200, "subscription-updated.json")));
		mollie.stubFor(delete(urlEqualTo("/v2/customers/cst_8wmqcHMN4U/subscriptions/sub_rVKGtNd6s3"))
			.willReturn(recorded(200, "subscription-canceled.json")));
		mollie.stubFor(post("/v2/payments/tr_7UhSN1zuXS/refunds").willReturn(recorded(201, "refund-created.json")));

		this.provider.changeMonthly("cst_8wmqcHMN4U/sub_rVKGtNd6s3", 2000);
		this.provider.stopMonthly("cst_8wmqcHMN4U/sub_rVKGtNd6s3");
		this.provider.refund("tr_7UhSN1zuXS", 1000);

		mollie.verify(patchRequestedFor(urlEqualTo("/v2/customers/cst_8wmqcHMN4U/subscriptions/sub_rVKGtNd6s3"))
			.withRequestBody(equalToJson("{\"amount\": {\"currency\": \"EUR\", \"value\": \"20.00\"}}")));
		mollie.verify(deleteRequestedFor(urlEqualTo("/v2/customers/cst_8wmqcHMN4U/subscriptions/sub_rVKGtNd6s3")));
		mollie.verify(postRequestedFor(urlEqualTo("/v2/payments/tr_7UhSN1zuXS/refunds"))
			.withRequestBody(equalToJson("{\"amount\": {\"currency\": \"EUR\", \"value\": \"10.00\"}}")));
		assertThat(refusal(() -> this.provider.stopMonthly("../../payments")))
			.isEqualTo("fundraising.payment.problem.unknown");
		assertThat(refusal(() -> this.provider.refund("tr_7UhSN1zuXS/../x", 100)))
			.isEqualTo("fundraising.payment.problem.unknown");
	}

	@Test
	void payoutsAreSettlementsWithTheirPaymentsAndFees() {
		mollie
			.stubFor(get(urlEqualTo("/v2/settlements?limit=250")).willReturn(recorded(200, "settlements-page1.json")));
		mollie.stubFor(get(urlEqualTo("/v2/settlements?from=stl_old000001&limit=250"))
			.willReturn(recorded(200, "settlements-page2.json")));
		mollie.stubFor(get(urlEqualTo("/v2/settlements/stl_jDk30akdN/payments?limit=250"))
			.willReturn(recorded(200, "settlement-payments.json")));

		List<Payout> payouts = this.provider.payouts(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

		assertThat(payouts).singleElement().satisfies(payout -> {
			assertThat(payout.reference()).isEqualTo("1182161.2603.01");
			assertThat(payout.arrival()).isEqualTo(LocalDate.of(2026, 3, 12));
			assertThat(payout.amountCents()).isEqualTo(3876);
			assertThat(payout.feeCents()).isEqualTo(124);
			assertThat(payout.paymentRefs()).containsExactly("tr_7UhSN1zuXS", "tr_Mn7hBq2kTx");
		});
		assertThat(mollie.getAllServeEvents()).as("older pages are not read").hasSize(3);
	}

	@Test
	void noDonorDataReachesTheLogsOrTheRefusals(CapturedOutput output) {
		mollie.stubFor(post("/v2/payments").willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/hal+json")
			.withBody("{\"status\": 422, \"title\": \"Unprocessable Entity\", "
					+ "\"detail\": \"Ada Donor <ada@example.org> is not accepted\", \"field\": \"description\"}")));
		mollie.stubFor(payment("tr_Mn7hBq2kTx").willReturn(recorded(200, "payment-first-paid.json")));
		mollie.stubFor(post("/v2/customers").willReturn(aResponse().withStatus(502)));

		PaymentRefused refused = assertThatExceptionOfType(PaymentRefused.class)
			.isThrownBy(() -> this.provider.start(request(false, PaymentMethod.CARD)))
			.actual();
		assertThat(refusal(() -> this.provider.events(webhook("id=tr_Mn7hBq2kTx"))))
			.isEqualTo("fundraising.payment.problem.unavailable");

		assertThat(refused.code()).isEqualTo("fundraising.payment.problem.refused");
		assertThat(refused).hasMessageNotContaining("ada@").hasMessageNotContaining("Ada");
		assertThat(output.getAll()).contains("Mollie refused payments with 422")
			.doesNotContain("ada@example.org", "Ada Donor", "BE68539007547034", "T. TEST", "test_dHar4XY7");
	}

	@Test
	void theBeanExistsOnlyWhenAnApiKeyIsConfigured() {
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withUserConfiguration(MollieConfiguration.class);
		runner.run(context -> assertThat(context).doesNotHaveBean(MollieProvider.class));
		runner.withPropertyValues("vigie.fundraising.mollie.api-key=test_abc")
			.run(context -> assertThat(context).hasSingleBean(MollieProvider.class));
	}

	private static MappingBuilder payment(String id) {
		return get(urlEqualTo("/v2/payments/" + id + "?embed=refunds,chargebacks"));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder recorded(int status, String name) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/hal+json")
			.withBody(Recorded.json("mollie", name));
	}

	private static CheckoutRequest request(boolean monthly, PaymentMethod method) {
		return new CheckoutRequest(monthly ? MONTHLY : GIFT, 2500, monthly, method, "Gift to Safe Journeys", "fr",
				"Ada Donor", "ada@example.org", URI.create("https://vigie.example.org/fr/soutenir/merci"),
				URI.create("https://vigie.example.org/fundraising/webhooks/mollie"));
	}

	private static WebhookCall webhook(String form) {
		return new WebhookCall(Map.of("content-type", "application/x-www-form-urlencoded"),
				form.getBytes(StandardCharsets.US_ASCII));
	}

	private static List<String> keys(List<PaymentEvent> events) {
		return events.stream().map(PaymentEvent::key).toList();
	}

	private static String refusal(Runnable action) {
		return assertThatExceptionOfType(PaymentRefused.class).isThrownBy(action::run).actual().code();
	}

}
