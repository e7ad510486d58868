package org.vigie.fundraising.payments.stripe;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.stripe.StripeClient;
import com.stripe.model.Refund;
import com.stripe.param.RefundListParams;
import org.vigie.fundraising.payments.PaymentEvent;
import org.vigie.fundraising.payments.PaymentEvent.Kind;
import org.vigie.fundraising.payments.PaymentRefused;
import org.vigie.fundraising.payments.WebhookCall;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.vigie.fundraising.payments.stripe.StripeCalls.call;
import static org.vigie.fundraising.payments.stripe.StripeJson.firstText;
import static org.vigie.fundraising.payments.stripe.StripeJson.giftId;
import static org.vigie.fundraising.payments.stripe.StripeJson.text;

/**
 * Turns a signed Stripe event into payment events. Keys name the object and the state it
 * reached, not the Stripe event: {@code stripe:pi_…:paid} whether
 * {@code checkout.session.completed} or {@code payment_intent.succeeded} brought it, so
 * two events for the same change count once and their order does not matter. A failure is
 * reported only if the payment still stands failed when asked, so a late failure after a
 * success changes nothing.
 */
class StripeEvents {

	private final JsonMapper json = JsonMapper.builder().build();

	private final StripeClient client;

	private final StripeSignature signature;

	private final StripeInvoices invoices;

	StripeEvents(StripeClient client, StripeSettings settings, Clock clock) {
		this.client = client;
		this.signature = new StripeSignature(settings.webhookSecret(), settings.tolerance(), clock);
		this.invoices = new StripeInvoices(client);
	}

	List<PaymentEvent> read(WebhookCall call) {
		String payload = this.signature.verified(call);
		JsonNode event;
		try {
			event = this.json.readTree(payload);
		}
		catch (JacksonException ex) {
			throw new PaymentRefused("fundraising.payment.problem.malformed", "A signed Stripe event is not JSON");
		}
		JsonNode object = event.path("data").path("object");
		Instant at = StripeJson.seconds(event.path("created"), Instant.EPOCH);
		String type = String.valueOf(text(event.path("type")));
		return switch (type) {
			case "checkout.session.completed" -> sessionCompleted(object, at);
			case "payment_intent.succeeded" -> intentSucceeded(object, at);
			case "payment_intent.payment_failed" -> intentFailed(object, at);
			case "invoice.paid" -> this.invoices.paid(object, at);
			case "invoice.payment_failed" -> this.invoices.failed(object, at);
			case "customer.subscription.deleted" -> subscriptionDeleted(object, at);
			case "charge.refunded" -> refunded(object);
			case "charge.dispute.created" -> disputed(object, at);
			default -> List.of();
		};
	}

	private List<PaymentEvent> sessionCompleted(JsonNode session, Instant at) {
		String intent = text(session.path("payment_intent"));
		// A subscription's first payment is its first invoice, reported by invoice.paid.
		if (!"payment".equals(text(session.path("mode"))) || !"paid".equals(text(session.path("payment_status")))
				|| intent == null) {
			return List.of();
		}
		UUID gift = giftId(
				firstText(session, new String[] { "metadata", "giftId" }, new String[] { "client_reference_id" }));
		return List.of(paid(intent, gift, session.path("amount_total").asLong(), at));
	}

	private List<PaymentEvent> intentSucceeded(JsonNode intent, Instant at) {
		UUID gift = giftId(text(intent.path("metadata").path("giftId")));
		if (gift == null) {
			// An invoice's payment: invoice.paid reports it, with its subscription.
			return List.of();
		}
		return List.of(paid(text(intent.path("id")), gift, intent.path("amount_received").asLong(), at));
	}

	private PaymentEvent paid(String intent, UUID gift, long amount, Instant at) {
		return new PaymentEvent("stripe:" + intent + ":paid", Kind.PAID, gift, intent, null, amount,
				new StripeFees(this.client).ofIntent(intent), at);
	}

	private List<PaymentEvent> intentFailed(JsonNode intent, Instant at) {
		UUID gift = giftId(text(intent.path("metadata").path("giftId")));
		String id = text(intent.path("id"));
		if (gift == null || id == null) {
			return List.of();
		}
		String now = call("payment intent", () -> this.client.v1().paymentIntents().retrieve(id)).getStatus();
		if (Set.of("succeeded", "processing").contains(now)) {
			return List.of();
		}
		return List.of(new PaymentEvent("stripe:" + id + ":failed", Kind.FAILED, gift, id, null,
				intent.path("amount").asLong(), 0, at));
	}

	private List<PaymentEvent> subscriptionDeleted(JsonNode subscription, Instant at) {
		String id = text(subscription.path("id"));
		UUID gift = giftId(text(subscription.path("metadata").path("giftId")));
		if (gift == null || id == null) {
			return List.of();
		}
		Instant stopped = StripeJson.seconds(subscription.path("canceled_at"),
				StripeJson.seconds(subscription.path("ended_at"), at));
		return List
			.of(new PaymentEvent("stripe:" + id + ":stopped", Kind.MONTHLY_STOPPED, gift, id, id, 0, 0, stopped));
	}

	private List<PaymentEvent> refunded(JsonNode charge) {
		String chargeId = text(charge.path("id"));
		if (chargeId == null) {
			return List.of();
		}
		String payment = firstText(charge, new String[] { "payment_intent" }, new String[] { "id" });
		UUID gift = giftId(text(charge.path("metadata").path("giftId")));
		RefundListParams params = RefundListParams.builder().setCharge(chargeId).setLimit(100L).build();
		List<PaymentEvent> events = new ArrayList<>();
		for (Refund refund : call("refunds", () -> this.client.v1().refunds().list(params)).getData()) {
			if (Set.of("succeeded", "pending").contains(refund.getStatus())) {
				events.add(new PaymentEvent("stripe:" + refund.getId() + ":refunded", Kind.REFUNDED, gift, payment,
						null, refund.getAmount(), 0, Instant.ofEpochSecond(refund.getCreated())));
			}
		}
		return events;
	}

	private List<PaymentEvent> disputed(JsonNode dispute, Instant at) {
		String id = text(dispute.path("id"));
		String payment = firstText(dispute, new String[] { "payment_intent" }, new String[] { "charge" });
		if (id == null || payment == null) {
			return List.of();
		}
		return List.of(new PaymentEvent("stripe:" + id + ":charged-back", Kind.CHARGED_BACK, null, payment, null,
				dispute.path("amount").asLong(), 0, StripeJson.seconds(dispute.path("created"), at)));
	}

}
