package org.vigie.fundraising.payments.stripe;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
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
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Stripe adapter, through Stripe's official client, against recorded API exchanges
 * replayed on loopback and webhook events signed here as Stripe signs them: what a
 * checkout sends, how duplicates and out-of-order events keep one key per change, and
 * what a forged, replayed or failing call gives.
 */
@ExtendWith(OutputCaptureExtension.class)
class StripeProviderTest {

	private static final String SECRET = "whsec_test_VigieSigningSecret0001";

	private static final UUID GIFT = UUID.fromString("5f0c6b9e-7d0a-4f7e-9a55-3c2a1b0d9e11");

	private static final UUID MONTHLY = UUID.fromString("8a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d");

	private static final Instant NOW = Instant.parse("2026-03-02T10:18:00Z");

	@RegisterExtension
	static WireMockExtension stripe = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final StripeProvider provider = new StripeProvider(new StripeSettings("sk_test_VigieReplay", SECRET,
			stripe.baseUrl(), Duration.ofMillis(800), Duration.ofMinutes(5), 0), Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void aCheckoutOpensASessionWithTheGiftInItsMetadata() {
		stripe.stubFor(post("/v1/checkout/sessions").willReturn(recorded("session-created.json")));

		Checkout checkout = this.provider.start(request(false));

		assertThat(checkout.paymentRef()).isEqualTo("cs_test_a1Gift25EurSessionA1");
		assertThat(checkout.redirect()).hasToString("https://checkout.stripe.com/c/pay/cs_test_a1Gift25EurSessionA1");
		stripe.verify(postRequestedFor(urlPathEqualTo("/v1/checkout/sessions"))
			.withHeader("Authorization", equalTo("Bearer sk_test_VigieReplay"))
			.withHeader("Idempotency-Key", equalTo("vigie-checkout-" + GIFT))
			.withFormParam("mode", equalTo("payment"))
			.withFormParam("payment_method_types[0]", equalTo("card"))
			.withFormParam("payment_method_types[1]", equalTo("bancontact"))
			.withFormParam("client_reference_id", equalTo(GIFT.toString()))
			.withFormParam("metadata[giftId]", equalTo(GIFT.toString()))
			.withFormParam("payment_intent_data[metadata][giftId]", equalTo(GIFT.toString()))
			.withFormParam("line_items[0][price_data][currency]", equalTo("eur"))
			.withFormParam("line_items[0][price_data][unit_amount]", equalTo("2500"))
			.withFormParam("line_items[0][quantity]", equalTo("1"))
			.withFormParam("locale", equalTo("nl"))
			.withFormParam("success_url", equalTo("https://vigie.example.org/nl/steunen/bedankt")));
	}

	@Test
	void aMonthlyCheckoutOpensASubscription() {
		stripe.stubFor(post("/v1/checkout/sessions").willReturn(recorded("session-created.json")));

		this.provider.start(request(true));

		stripe.verify(
				postRequestedFor(urlPathEqualTo("/v1/checkout/sessions")).withFormParam("mode", equalTo("subscription"))
					.withFormParam("line_items[0][price_data][recurring][interval]", equalTo("month"))
					.withFormParam("subscription_data[metadata][giftId]", equalTo(MONTHLY.toString()))
					.withFormParam("payment_intent_data[metadata][giftId]", absent()));
	}

	@Test
	void theSamePaymentDeliveredTenTimesAndByTwoEventsKeepsOneKey() {
		stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/pi_3QxGift25EurA1"))
			.willReturn(recorded("payment-intent-succeeded.json")));

		List<PaymentEvent> all = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			all.addAll(this.provider.events(signed("events/checkout.session.completed.json")));
		}
		all.addAll(this.provider.events(signed("events/payment_intent.succeeded.json")));

		assertThat(all).hasSize(11).allSatisfy(paid -> {
			assertThat(paid.key()).isEqualTo("stripe:pi_3QxGift25EurA1:paid");
			assertThat(paid.kind()).isEqualTo(Kind.PAID);
			assertThat(paid.giftId()).isEqualTo(GIFT);
			assertThat(paid.paymentRef()).isEqualTo("pi_3QxGift25EurA1");
			assertThat(paid.amountCents()).isEqualTo(2500);
			assertThat(paid.feeCents()).as("from the balance transaction").isEqualTo(64);
		});
	}

	@Test
	void outOfOrderEventsGiveTheRightKindsAndKeys() {
		stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/pi_3QxGift25EurA1"))
			.willReturn(recorded("payment-intent-succeeded.json")));
		stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/pi_3QxGiftStillFailedB"))
			.willReturn(recorded("payment-intent-still-failed.json")));
		stripe.stubFor(get(urlPathEqualTo("/v1/refunds")).withQueryParam("charge", equalTo("ch_3QxGift25EurA1"))
			.willReturn(recorded("refunds-of-charge.json")));

		List<PaymentEvent> refundFirst = this.provider.events(signed("events/charge.refunded.json"));
		List<PaymentEvent> paidAfter = this.provider.events(signed("events/payment_intent.succeeded.json"));
		List<PaymentEvent> failedLate = this.provider.events(signed("events/payment_intent.payment_failed.json"));
		List<PaymentEvent> stillFailed = this.provider
			.events(signed("events/payment_intent.payment_failed.still.json"));

		assertThat(refundFirst).singleElement().satisfies(refund -> {
			assertThat(refund.key()).isEqualTo("stripe:re_3QxGift25EurPart01:refunded");
			assertThat(refund.kind()).isEqualTo(Kind.REFUNDED);
			assertThat(refund.paymentRef()).isEqualTo("pi_3QxGift25EurA1");
			assertThat(refund.amountCents()).isEqualTo(1000);
		});
		assertThat(paidAfter).extracting(PaymentEvent::key).containsExactly("stripe:pi_3QxGift25EurA1:paid");
		assertThat(failedLate).as("a failure that arrives after the success changes nothing").isEmpty();
		assertThat(stillFailed).singleElement().satisfies(failed -> {
			assertThat(failed.key()).isEqualTo("stripe:pi_3QxGiftStillFailedB:failed");
			assertThat(failed.kind()).isEqualTo(Kind.FAILED);
		});
	}

	@Test
	void monthlyInvoicesSubscriptionsAndDisputesBecomeTheirKinds() {
		stripe.stubFor(
				get(urlPathEqualTo("/v1/invoice_payments")).withQueryParam("invoice", equalTo("in_1QxMonthlyApril"))
					.willReturn(recorded("invoice-payments.json")));
		stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/pi_3QxMonthlyApril01"))
			.willReturn(recorded("payment-intent-monthly.json")));
		stripe.stubFor(get(urlPathEqualTo("/v1/invoices/in_1QxMonthlyMay")).willReturn(recorded("invoice-open.json")));

		PaymentEvent paid = this.provider.events(signed("events/invoice.paid.json")).getFirst();
		PaymentEvent failed = this.provider.events(signed("events/invoice.payment_failed.json")).getFirst();
		PaymentEvent stopped = this.provider.events(signed("events/customer.subscription.deleted.json")).getFirst();
		PaymentEvent disputed = this.provider.events(signed("events/charge.dispute.created.json")).getFirst();

		assertThat(paid.kind()).isEqualTo(Kind.MONTHLY_PAID);
		assertThat(paid.key()).isEqualTo("stripe:pi_3QxMonthlyApril01:paid");
		assertThat(paid.giftId()).isEqualTo(MONTHLY);
		assertThat(paid.subscriptionRef()).isEqualTo("sub_1QxMonthly15Eur");
		assertThat(paid.amountCents()).isEqualTo(1500);
		assertThat(paid.feeCents()).isEqualTo(47);
		assertThat(failed.kind()).isEqualTo(Kind.MONTHLY_FAILED);
		assertThat(failed.key()).isEqualTo("stripe:in_1QxMonthlyMay:failed");
		assertThat(stopped.kind()).isEqualTo(Kind.MONTHLY_STOPPED);
		assertThat(stopped.key()).isEqualTo("stripe:sub_1QxMonthly15Eur:stopped");
		assertThat(disputed.kind()).isEqualTo(Kind.CHARGED_BACK);
		assertThat(disputed.key()).isEqualTo("stripe:dp_1QxDispute0001:charged-back");
		assertThat(disputed.paymentRef()).as("the same payment the monthly payment named").isEqualTo(paid.paymentRef());
	}

	@Test
	void aForgedTamperedOrReplayedEventIsRefusedBeforeAnyCall() {
		String payload = Recorded.json("stripe", "events/payment_intent.succeeded.json");
		long fresh = NOW.getEpochSecond() - 10;

		assertThat(refusal(() -> this.provider.events(call(payload, header(payload, fresh, "whsec_someone_else")))))
			.isEqualTo("fundraising.payment.problem.forged");
		assertThat(refusal(
				() -> this.provider.events(call(payload.replace("2500", "250000"), header(payload, fresh, SECRET)))))
			.isEqualTo("fundraising.payment.problem.forged");
		assertThat(refusal(
				() -> this.provider.events(new WebhookCall(Map.of(), payload.getBytes(StandardCharsets.UTF_8)))))
			.isEqualTo("fundraising.payment.problem.forged");
		assertThat(refusal(() -> this.provider.events(call(payload, "t=" + fresh + ",v1=00"))))
			.isEqualTo("fundraising.payment.problem.forged");
		String garbage = "{\"id\": \"evt_x\", \"data\": [";
		assertThat(refusal(() -> this.provider.events(call(garbage, header(garbage, fresh, SECRET)))))
			.as("signed but not an event")
			.isEqualTo("fundraising.payment.problem.malformed");
		String huge = "{\"pad\": \"" + "x".repeat(600_000) + "\"}";
		assertThat(refusal(() -> this.provider.events(call(huge, header(huge, fresh, SECRET)))))
			.isEqualTo("fundraising.payment.problem.malformed");
		String foreign = payload.replace("5f0c6b9e-7d0a-4f7e-9a55-3c2a1b0d9e11", "order-12345");
		assertThat(refusal(() -> this.provider.events(call(foreign, header(foreign, fresh, SECRET)))))
			.as("signed, but its giftId is not a gift id")
			.isEqualTo("fundraising.payment.problem.unknown");
		long old = NOW.minus(Duration.ofMinutes(6)).getEpochSecond();
		assertThat(refusal(() -> this.provider.events(call(payload, header(payload, old, SECRET)))))
			.isEqualTo("fundraising.payment.problem.stale");
		assertThat(stripe.getAllServeEvents()).isEmpty();
	}

	@Test
	void stripeFailingOrSlowGivesAClearRefusal() {
		stripe.stubFor(post("/v1/checkout/sessions").willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"type\": \"api_error\", \"message\": \"Something went wrong.\"}}")));
		stripe.stubFor(get(urlPathEqualTo("/v1/payment_intents/pi_3QxGift25EurA1"))
			.willReturn(recorded("payment-intent-succeeded.json").withFixedDelay(2000)));

		assertThat(refusal(() -> this.provider.start(request(false))))
			.isEqualTo("fundraising.payment.problem.unavailable");
		assertThat(refusal(() -> this.provider.events(signed("events/payment_intent.succeeded.json"))))
			.isEqualTo("fundraising.payment.problem.unreachable");
	}

	@Test
	void monthlyChangeStopAndRefundSendTheRightCalls() {
		stripe.stubFor(
				get(urlPathEqualTo("/v1/subscriptions/sub_1QxMonthly15Eur")).willReturn(recorded("subscription.json")));
		stripe.stubFor(post("/v1/subscriptions/sub_1QxMonthly15Eur").willReturn(recorded("subscription-updated.json")));
		stripe.stubFor(
				delete("/v1/subscriptions/sub_1QxMonthly15Eur").willReturn(recorded("subscription-canceled.json")));
		stripe.stubFor(post("/v1/refunds").willReturn(recorded("refund-created.json")));

		this.provider.changeMonthly("sub_1QxMonthly15Eur", 2000);
		this.provider.stopMonthly("sub_1QxMonthly15Eur");
		this.provider.refund("pi_3QxGift25EurA1", 1000);

		stripe.verify(postRequestedFor(urlPathEqualTo("/v1/subscriptions/sub_1QxMonthly15Eur"))
			.withFormParam("items[0][id]", equalTo("si_QxMonthlyItem01"))
			.withFormParam("items[0][price_data][unit_amount]", equalTo("2000"))
			.withFormParam("items[0][price_data][product]", equalTo("prod_QxMonthlyGift"))
			.withFormParam("proration_behavior", equalTo("none")));
		stripe.verify(deleteRequestedFor(urlPathEqualTo("/v1/subscriptions/sub_1QxMonthly15Eur")));
		stripe.verify(postRequestedFor(urlPathEqualTo("/v1/refunds"))
			.withFormParam("payment_intent", equalTo("pi_3QxGift25EurA1"))
			.withFormParam("amount", equalTo("1000")));
		assertThat(refusal(() -> this.provider.stopMonthly("cus_QxDonor0001")))
			.isEqualTo("fundraising.payment.problem.unknown");
		assertThat(refusal(() -> this.provider.refund("pi_x/../../v1/payouts", 100)))
			.isEqualTo("fundraising.payment.problem.unknown");
	}

	@Test
	void payoutsAreReadWithTheirPaymentsAndFees() {
		stripe.stubFor(get(urlPathEqualTo("/v1/payouts")).withQueryParam("arrival_date[gte]", equalTo("1772323200"))
			.withQueryParam("arrival_date[lt]", equalTo("1775001600"))
			.willReturn(recorded("payouts.json")));
		stripe
			.stubFor(get(urlPathEqualTo("/v1/balance_transactions")).withQueryParam("payout", equalTo("po_1QxMarch12"))
				.withQueryParam("starting_after", absent())
				.willReturn(recorded("balance-transactions-page1.json")));
		stripe
			.stubFor(get(urlPathEqualTo("/v1/balance_transactions")).withQueryParam("payout", equalTo("po_1QxMarch12"))
				.withQueryParam("starting_after", equalTo("txn_3QxMonthlyApril"))
				.willReturn(recorded("balance-transactions-page2.json")));

		List<Payout> payouts = this.provider.payouts(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

		assertThat(payouts).as("a failed payout never reached the account").singleElement().satisfies(payout -> {
			assertThat(payout.reference()).isEqualTo("po_1QxMarch12");
			assertThat(payout.arrival()).isEqualTo(LocalDate.of(2026, 3, 12));
			assertThat(payout.amountCents()).isEqualTo(2889);
			assertThat(payout.feeCents()).isEqualTo(64 + 47);
			assertThat(payout.paymentRefs()).containsExactly("pi_3QxGift25EurA1", "pi_3QxMonthlyApril01");
		});
	}

	@Test
	void noDonorDataReachesTheLogsOrTheRefusals(CapturedOutput output) {
		stripe.stubFor(post("/v1/checkout/sessions").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withHeader("Request-Id", "req_replayed400")
			.withBody("{\"error\": {\"type\": \"invalid_request_error\", \"param\": \"customer_email\", "
					+ "\"message\": \"Invalid email address: ada@example.org\"}}")));

		PaymentRefused refused = assertThatExceptionOfType(PaymentRefused.class)
			.isThrownBy(() -> this.provider.start(request(false)))
			.actual();

		assertThat(refused.code()).isEqualTo("fundraising.payment.problem.refused");
		assertThat(refused).hasMessageNotContaining("ada@").hasNoCause();
		assertThat(output.getAll()).contains("Stripe answered 400 to checkout (request req_replayed400)")
			.doesNotContain("ada@example.org", "Ada Donor", "sk_test_VigieReplay");
	}

	@Test
	void theBeanExistsOnlyWhenASecretKeyIsConfigured() {
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withUserConfiguration(StripeConfiguration.class);
		runner.run(context -> assertThat(context).doesNotHaveBean(StripeProvider.class));
		runner
			.withPropertyValues("vigie.fundraising.stripe.secret-key=sk_test_abc",
					"vigie.fundraising.stripe.webhook-secret=whsec_abc")
			.run(context -> assertThat(context).hasSingleBean(StripeProvider.class));
		runner.withPropertyValues("vigie.fundraising.stripe.secret-key=sk_test_abc")
			.run(context -> assertThat(context).as("no signing secret, no trust").hasFailed());
	}

	/**
	 * A recorded event signed now with the test secret, as Stripe signs its deliveries.
	 */
	private static WebhookCall signed(String name) {
		String payload = Recorded.json("stripe", name);
		return call(payload, header(payload, NOW.getEpochSecond() - 5, SECRET));
	}

	private static WebhookCall call(String payload, String signature) {
		return new WebhookCall(Map.of("stripe-signature", signature, "content-type", "application/json"),
				payload.getBytes(StandardCharsets.UTF_8));
	}

	/** {@code t=<seconds>,v1=<hex HMAC-SHA256 of "<seconds>.<payload>">}. */
	private static String header(String payload, long seconds, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] signature = mac.doFinal((seconds + "." + payload).getBytes(StandardCharsets.UTF_8));
			return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(signature);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ResponseDefinitionBuilder recorded(String name) {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withHeader("Request-Id", "req_replayed")
			.withBody(Recorded.json("stripe", name));
	}

	private static CheckoutRequest request(boolean monthly) {
		return new CheckoutRequest(monthly ? MONTHLY : GIFT, 2500, monthly, PaymentMethod.BANCONTACT,
				"Gift to Safe Journeys", "nl", "Ada Donor", "ada@example.org",
				URI.create("https://vigie.example.org/nl/steunen/bedankt"),
				URI.create("https://vigie.example.org/fundraising/webhooks/stripe"));
	}

	private static String refusal(Runnable action) {
		return assertThatExceptionOfType(PaymentRefused.class).isThrownBy(action::run).actual().code();
	}

}
