package org.vigie.fundraising.payments.mollie;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.vigie.fundraising.payments.PaymentEvent;
import org.vigie.fundraising.payments.PaymentEvent.Kind;
import org.vigie.fundraising.payments.PaymentRefused;
import org.vigie.fundraising.payments.WebhookCall;
import tools.jackson.databind.JsonNode;

import static org.vigie.fundraising.payments.mollie.MollieJson.text;

/**
 * Turns Mollie's webhook call ({@code id=tr_…}, nothing else, unsigned) into events by
 * asking Mollie about that payment: a forged or foreign id is answered 404 by Mollie, or
 * names a payment without one of our gifts, and is refused. Each event's key names the
 * state it reports ({@code mollie:tr_…:paid}, {@code mollie:re_…:refunded}), so the same
 * call delivered again, or a later call about the same payment, repeats the same keys.
 */
class MollieWebhook {

	private static final int MAX_BODY = 1024;

	/** Refund states in which the money has left (or is leaving) the NGO's balance. */
	private static final Set<String> REFUNDING = Set.of("pending", "processing", "refunded");

	private static final Set<String> FAILED = Set.of("failed", "canceled", "expired");

	private final MollieApi api;

	private final MollieMonthly monthly;

	MollieWebhook(MollieApi api, MollieMonthly monthly) {
		this.api = api;
		this.monthly = monthly;
	}

	List<PaymentEvent> events(WebhookCall call) {
		String id = paymentId(call.body());
		JsonNode payment = this.api.get("payments/" + id + "?embed=refunds,chargebacks");
		if (!id.equals(text(payment.path("id")))) {
			throw new PaymentRefused("fundraising.payment.problem.unknown", "Mollie answered about another payment");
		}
		UUID giftId = giftId(payment.path("metadata"));
		List<PaymentEvent> events = new ArrayList<>();
		statusEvent(id, giftId, payment).ifPresent(events::add);
		for (JsonNode refund : payment.path("_embedded").path("refunds")) {
			if (REFUNDING.contains(text(refund.path("status"))) && text(refund.path("id")) != null) {
				events.add(new PaymentEvent("mollie:" + text(refund.path("id")) + ":refunded", Kind.REFUNDED, giftId,
						id, subscriptionRef(payment), MollieJson.cents(refund.path("amount")), 0,
						firstOf(refund, "createdAt")));
			}
		}
		for (JsonNode chargeback : payment.path("_embedded").path("chargebacks")) {
			if (text(chargeback.path("id")) == null) {
				continue;
			}
			events.add(new PaymentEvent("mollie:" + text(chargeback.path("id")) + ":charged-back", Kind.CHARGED_BACK,
					giftId, id, subscriptionRef(payment), MollieJson.cents(chargeback.path("amount")), 0,
					firstOf(chargeback, "createdAt")));
		}
		return events;
	}

	private Optional<PaymentEvent> statusEvent(String id, UUID giftId, JsonNode payment) {
		String status = text(payment.path("status"));
		boolean recurring = "recurring".equals(text(payment.path("sequenceType")));
		long amount = MollieJson.cents(payment.path("amount"));
		if ("paid".equals(status)) {
			String subscription = recurring ? subscriptionRef(payment) : null;
			if (!recurring && payment.path("metadata").path("monthly").asBoolean(false)) {
				subscription = this.monthly.setUp(id, giftId, payment);
			}
			return Optional.of(new PaymentEvent("mollie:" + id + ":paid", recurring ? Kind.MONTHLY_PAID : Kind.PAID,
					giftId, id, subscription, amount, 0, firstOf(payment, "paidAt", "createdAt")));
		}
		if (FAILED.contains(status)) {
			return Optional
				.of(new PaymentEvent("mollie:" + id + ":failed", recurring ? Kind.MONTHLY_FAILED : Kind.FAILED, giftId,
						id, recurring ? subscriptionRef(payment) : null, amount, 0,
						firstOf(payment, "failedAt", "canceledAt", "expiredAt", "createdAt")));
		}
		return Optional.empty();
	}

	/**
	 * The payment id of a call, refused before any request when it has not Mollie's
	 * shape.
	 */
	static String paymentId(byte[] body) {
		if (body.length == 0 || body.length > MAX_BODY) {
			throw new PaymentRefused("fundraising.payment.problem.malformed", "A Mollie webhook carries a short form");
		}
		for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
			if (pair.startsWith("id=")) {
				String id = URLDecoder.decode(pair.substring(3), StandardCharsets.US_ASCII);
				if (MollieProvider.isPaymentId(id)) {
					return id;
				}
			}
		}
		throw new PaymentRefused("fundraising.payment.problem.malformed", "A Mollie webhook names a payment tr_…");
	}

	private static UUID giftId(JsonNode metadata) {
		String value = text(metadata.path("giftId"));
		try {
			return UUID.fromString(value);
		}
		catch (RuntimeException ex) {
			throw new PaymentRefused("fundraising.payment.problem.unknown", "The payment is not for one of our gifts");
		}
	}

	private static String subscriptionRef(JsonNode payment) {
		String customer = text(payment.path("customerId"));
		String subscription = text(payment.path("subscriptionId"));
		return (customer != null && subscription != null) ? customer + "/" + subscription : null;
	}

	private static Instant firstOf(JsonNode resource, String... fields) {
		for (String field : fields) {
			Instant at = MollieJson.instant(resource.path(field));
			if (at != null) {
				return at;
			}
		}
		throw new PaymentRefused("fundraising.payment.problem.malformed", "Mollie gave a resource without a time");
	}

}
