package org.vigie.fundraising.payments.mollie;

import java.time.ZoneId;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.fundraising.payments.PaymentRefused;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.vigie.fundraising.payments.mollie.MollieJson.text;

/**
 * Sets up a monthly gift at Mollie once its first payment is paid, never before: a
 * customer (no name, no email), a SEPA direct-debit mandate from the account Bancontact
 * reports for the paid payment, and a monthly subscription from a month after it. Each
 * creation carries an idempotency key derived from the first payment, so the same webhook
 * delivered again gets back what was created instead of a second customer (Mollie keeps
 * these keys for an hour).
 */
class MollieMonthly {

	private static final Logger log = LoggerFactory.getLogger(MollieMonthly.class);

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final MollieApi api;

	MollieMonthly(MollieApi api) {
		this.api = api;
	}

	/**
	 * The subscription's reference {@code cst_…/sub_…}, or null when no mandate can be
	 * made.
	 */
	String setUp(String paymentId, UUID giftId, JsonNode payment) {
		JsonNode details = payment.path("details");
		String account = text(details.path("consumerAccount"));
		String holder = text(details.path("consumerName"));
		if (account == null || holder == null) {
			log.warn("Paid first payment {} names no account: its monthly gift is not set up", paymentId);
			return null;
		}
		var paidOn = MollieJson.instant(payment.path("paidAt")).atZone(BRUSSELS).toLocalDate();
		ObjectNode customer = this.api.object();
		customer.putObject("metadata").put("giftId", giftId.toString());
		String customerId = id(this.api.post("customers", customer, key(paymentId, "customer")));

		ObjectNode mandate = this.api.object();
		mandate.put("method", "directdebit");
		mandate.put("consumerName", holder);
		mandate.put("consumerAccount", account);
		String bic = text(details.path("consumerBic"));
		if (bic != null) {
			mandate.put("consumerBic", bic);
		}
		mandate.put("signatureDate", paidOn.toString());
		mandate.put("mandateReference", "VIGIE-" + paymentId);
		String mandateId = id(
				this.api.post("customers/" + customerId + "/mandates", mandate, key(paymentId, "mandate")));

		ObjectNode subscription = this.api.object();
		MollieJson.amount(subscription, "amount", MollieJson.cents(payment.path("amount")));
		subscription.put("interval", "1 month");
		subscription.put("startDate", paidOn.plusMonths(1).toString());
		subscription.put("description", description(payment, paymentId));
		subscription.put("method", "directdebit");
		subscription.put("mandateId", mandateId);
		String webhook = text(payment.path("webhookUrl"));
		if (webhook != null) {
			subscription.put("webhookUrl", webhook);
		}
		subscription.putObject("metadata").put("giftId", giftId.toString());
		String subscriptionId = id(this.api.post("customers/" + customerId + "/subscriptions", subscription,
				key(paymentId, "subscription")));
		return customerId + "/" + subscriptionId;
	}

	private static String key(String paymentId, String what) {
		return "vigie-" + paymentId + "-" + what;
	}

	private static String description(JsonNode payment, String paymentId) {
		String description = text(payment.path("description"));
		String text = ((description != null) ? description : "Gift") + " " + paymentId;
		return (text.length() > 255) ? text.substring(text.length() - 255) : text;
	}

	private static String id(JsonNode created) {
		String id = text(created.path("id"));
		if (id == null) {
			throw new PaymentRefused("fundraising.payment.problem.malformed", "Mollie created something without an id");
		}
		return id;
	}

}
