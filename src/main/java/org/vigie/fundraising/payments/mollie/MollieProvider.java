package org.vigie.fundraising.payments.mollie;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.vigie.fundraising.payments.Checkout;
import org.vigie.fundraising.payments.CheckoutRequest;
import org.vigie.fundraising.payments.PaymentEvent;
import org.vigie.fundraising.payments.PaymentMethod;
import org.vigie.fundraising.payments.PaymentProvider;
import org.vigie.fundraising.payments.PaymentRefused;
import org.vigie.fundraising.payments.Payout;
import org.vigie.fundraising.payments.WebhookCall;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mollie behind the port. A gift starts as a single payment with the gift's id in its
 * metadata; a monthly gift's first payment is paid by Bancontact like any other, and only
 * once Mollie says it is paid does the adapter create a customer, a SEPA direct-debit
 * mandate from the account that paid, and the subscription (so nothing exists at Mollie
 * for a donor who never paid). A monthly gift is named {@code cst_…/sub_…}.
 */
public class MollieProvider implements PaymentProvider {

	private static final Pattern PAYMENT = Pattern.compile("tr_[A-Za-z0-9]{1,64}");

	private static final Pattern SUBSCRIPTION = Pattern.compile("(cst_[A-Za-z0-9]{1,64})/(sub_[A-Za-z0-9]{1,64})");

	private final MollieApi api;

	private final MollieWebhook webhook;

	private final MollieSettlements settlements;

	public MollieProvider(MollieSettings settings) {
		if (settings.apiKey() == null || settings.apiKey().isBlank()) {
			throw new IllegalStateException("vigie.fundraising.mollie.api-key is empty");
		}
		this.api = new MollieApi(settings);
		this.webhook = new MollieWebhook(this.api, new MollieMonthly(this.api));
		this.settlements = new MollieSettlements(this.api);
	}

	@Override
	public String name() {
		return "mollie";
	}

	@Override
	public Set<PaymentMethod> methods() {
		return Set.of(PaymentMethod.BANCONTACT, PaymentMethod.CARD, PaymentMethod.DIRECT_DEBIT);
	}

	@Override
	public Checkout start(CheckoutRequest request) {
		String method = switch (request.method()) {
			case BANCONTACT -> "bancontact";
			case CARD -> "creditcard";
			default -> throw new PaymentRefused("fundraising.payment.problem.method",
					"Mollie does not start payments by " + request.method());
		};
		if (request.monthly() && request.method() != PaymentMethod.BANCONTACT) {
			// A card mandate only comes from a first payment made for an existing
			// customer.
			throw new PaymentRefused("fundraising.payment.problem.method",
					"Monthly gifts through Mollie start with Bancontact");
		}
		ObjectNode body = this.api.object();
		MollieJson.amount(body, "amount", request.amountCents());
		body.put("description", shorten(request.description()));
		body.put("redirectUrl", request.returnUrl().toString());
		if (request.webhookUrl() != null) {
			body.put("webhookUrl", request.webhookUrl().toString());
		}
		body.put("locale", MollieJson.locale(request.language()));
		body.put("method", method);
		body.put("sequenceType", "oneoff");
		ObjectNode metadata = body.putObject("metadata");
		metadata.put("giftId", request.giftId().toString());
		if (request.monthly()) {
			metadata.put("monthly", true);
		}
		JsonNode payment = this.api.post("payments", body, null);
		String id = MollieJson.text(payment.path("id"));
		String checkout = MollieJson.text(payment.path("_links").path("checkout").path("href"));
		if (id == null || checkout == null) {
			throw new PaymentRefused("fundraising.payment.problem.malformed", "Mollie gave no checkout page");
		}
		return new Checkout(id, URI.create(checkout));
	}

	@Override
	public List<PaymentEvent> events(WebhookCall call) {
		return this.webhook.events(call);
	}

	@Override
	public void changeMonthly(String subscriptionRef, long amountCents) {
		if (amountCents < 100) {
			throw new PaymentRefused("fundraising.payment.problem.refused", "Monthly gifts start at one euro");
		}
		ObjectNode body = this.api.object();
		MollieJson.amount(body, "amount", amountCents);
		this.api.patch(subscriptionPath(subscriptionRef), body);
	}

	@Override
	public void stopMonthly(String subscriptionRef) {
		this.api.delete(subscriptionPath(subscriptionRef));
	}

	@Override
	public void refund(String paymentRef, long amountCents) {
		if (paymentRef == null || !PAYMENT.matcher(paymentRef).matches()) {
			throw new PaymentRefused("fundraising.payment.problem.unknown", "Not a Mollie payment id");
		}
		if (amountCents <= 0) {
			throw new PaymentRefused("fundraising.payment.problem.refused", "A refund needs a positive amount");
		}
		ObjectNode body = this.api.object();
		MollieJson.amount(body, "amount", amountCents);
		this.api.post("payments/" + paymentRef + "/refunds", body, null);
	}

	@Override
	public List<Payout> payouts(LocalDate from, LocalDate to) {
		return this.settlements.between(from, to);
	}

	static boolean isPaymentId(String id) {
		return id != null && PAYMENT.matcher(id).matches();
	}

	private static String subscriptionPath(String subscriptionRef) {
		var matcher = (subscriptionRef != null) ? SUBSCRIPTION.matcher(subscriptionRef) : null;
		if (matcher == null || !matcher.matches()) {
			throw new PaymentRefused("fundraising.payment.problem.unknown", "Not a Mollie subscription reference");
		}
		return "customers/" + matcher.group(1) + "/subscriptions/" + matcher.group(2);
	}

	private static String shorten(String description) {
		String text = (description != null && !description.isBlank()) ? description.strip() : "Gift";
		return (text.length() > 255) ? text.substring(0, 255) : text;
	}

}
