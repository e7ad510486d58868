package org.vigie.fundraising.payments.stripe;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.stripe.StripeClient;
import com.stripe.model.InvoicePayment;
import com.stripe.param.InvoicePaymentListParams;
import org.vigie.fundraising.payments.PaymentEvent;
import org.vigie.fundraising.payments.PaymentEvent.Kind;
import tools.jackson.databind.JsonNode;

import static org.vigie.fundraising.payments.stripe.StripeCalls.call;
import static org.vigie.fundraising.payments.stripe.StripeJson.firstText;
import static org.vigie.fundraising.payments.stripe.StripeJson.giftId;
import static org.vigie.fundraising.payments.stripe.StripeJson.text;

/**
 * A subscription's invoices: the first one paid is the monthly gift's first payment, the
 * next ones its monthly payments. The gift and the subscription come from the
 * subscription's details on the invoice (where recent API versions put them, or the older
 * top-level fields); the payment is named by the invoice's PaymentIntent, so that a later
 * refund of it names the same payment.
 */
final class StripeInvoices {

	private static final String[] GIFT = { "parent", "subscription_details", "metadata", "giftId" };

	private static final String[] OLD_GIFT = { "subscription_details", "metadata", "giftId" };

	private static final String[] SUBSCRIPTION = { "parent", "subscription_details", "subscription" };

	private static final String[] OLD_SUBSCRIPTION = { "subscription" };

	private final StripeClient client;

	StripeInvoices(StripeClient client) {
		this.client = client;
	}

	List<PaymentEvent> paid(JsonNode invoice, Instant at) {
		String id = text(invoice.path("id"));
		UUID gift = giftId(firstText(invoice, GIFT, OLD_GIFT));
		if (id == null || gift == null) {
			return List.of();
		}
		String intent = intentOf(invoice, id);
		String payment = (intent != null) ? intent : id;
		long fee = (intent != null) ? new StripeFees(this.client).ofIntent(intent) : 0;
		Kind kind = "subscription_create".equals(text(invoice.path("billing_reason"))) ? Kind.PAID : Kind.MONTHLY_PAID;
		Instant paidAt = StripeJson.seconds(invoice.path("status_transitions").path("paid_at"), at);
		return List.of(new PaymentEvent("stripe:" + payment + ":paid", kind, gift, payment,
				firstText(invoice, SUBSCRIPTION, OLD_SUBSCRIPTION), invoice.path("amount_paid").asLong(), fee, paidAt));
	}

	List<PaymentEvent> failed(JsonNode invoice, Instant at) {
		String id = text(invoice.path("id"));
		UUID gift = giftId(firstText(invoice, GIFT, OLD_GIFT));
		if (id == null || gift == null) {
			return List.of();
		}
		String now = call("invoice", () -> this.client.v1().invoices().retrieve(id)).getStatus();
		if ("paid".equals(now)) {
			return List.of();
		}
		Kind kind = "subscription_create".equals(text(invoice.path("billing_reason"))) ? Kind.FAILED
				: Kind.MONTHLY_FAILED;
		return List.of(new PaymentEvent("stripe:" + id + ":failed", kind, gift, id,
				firstText(invoice, SUBSCRIPTION, OLD_SUBSCRIPTION), invoice.path("amount_due").asLong(), 0, at));
	}

	/**
	 * The invoice's PaymentIntent: a field in older API versions, an invoice payment now.
	 */
	private String intentOf(JsonNode invoice, String id) {
		String old = text(invoice.path("payment_intent"));
		if (old != null) {
			return old;
		}
		InvoicePaymentListParams params = InvoicePaymentListParams.builder()
			.setInvoice(id)
			.setStatus(InvoicePaymentListParams.Status.PAID)
			.build();
		for (InvoicePayment payment : call("invoice payments", () -> this.client.v1().invoicePayments().list(params))
			.getData()) {
			if (payment.getPayment() != null && payment.getPayment().getPaymentIntent() != null) {
				return payment.getPayment().getPaymentIntent();
			}
		}
		return null;
	}

}
