package org.vigie.fundraising.payments.stripe;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.stripe.StripeClient;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.SubscriptionUpdateParams;
import com.stripe.param.checkout.SessionCreateParams;
import org.vigie.fundraising.payments.Checkout;
import org.vigie.fundraising.payments.CheckoutRequest;
import org.vigie.fundraising.payments.PaymentEvent;
import org.vigie.fundraising.payments.PaymentMethod;
import org.vigie.fundraising.payments.PaymentProvider;
import org.vigie.fundraising.payments.PaymentRefused;
import org.vigie.fundraising.payments.Payout;
import org.vigie.fundraising.payments.WebhookCall;

import static org.vigie.fundraising.payments.stripe.StripeCalls.call;

/**
 * Stripe behind the port, through its official client. A gift is a Checkout Session in
 * payment mode, a monthly gift one in subscription mode: Stripe creates its customer only
 * when the donor completes the session. Payments are named by their PaymentIntent
 * ({@code pi_…}), monthly gifts by their subscription ({@code sub_…}).
 */
public class StripeProvider implements PaymentProvider {

	private static final Pattern ID = Pattern.compile("[a-z]{2,5}_[A-Za-z0-9]{1,250}");

	private final StripeClient client;

	private final StripeEvents events;

	private final StripePayouts payouts;

	public StripeProvider(StripeSettings settings, Clock clock) {
		if (settings.secretKey() == null || settings.secretKey().isBlank()) {
			throw new IllegalStateException("vigie.fundraising.stripe.secret-key is empty");
		}
		if (settings.webhookSecret() == null || settings.webhookSecret().isBlank()) {
			throw new IllegalStateException(
					"vigie.fundraising.stripe.webhook-secret is needed to trust Stripe's events");
		}
		StripeClient.StripeClientBuilder builder = StripeClient.builder()
			.setApiKey(settings.secretKey())
			.setConnectTimeout((int) settings.timeout().toMillis())
			.setReadTimeout((int) settings.timeout().toMillis())
			.setMaxNetworkRetries(settings.networkRetries());
		if (settings.baseUrl() != null && !settings.baseUrl().isBlank()) {
			builder.setApiBase(settings.baseUrl());
		}
		this.client = builder.build();
		this.events = new StripeEvents(this.client, settings, clock);
		this.payouts = new StripePayouts(this.client);
	}

	@Override
	public String name() {
		return "stripe";
	}

	@Override
	public Set<PaymentMethod> methods() {
		return Set.of(PaymentMethod.BANCONTACT, PaymentMethod.CARD);
	}

	@Override
	public Checkout start(CheckoutRequest request) {
		SessionCreateParams params = StripeCheckout.params(request);
		// The same gift started twice (a double click) opens one session, not two.
		RequestOptions options = RequestOptions.builder()
			.setIdempotencyKey("vigie-checkout-" + request.giftId())
			.build();
		Session session = call("checkout", () -> this.client.v1().checkout().sessions().create(params, options));
		if (session.getUrl() == null) {
			throw new PaymentRefused("fundraising.payment.problem.malformed", "Stripe gave no checkout page");
		}
		return new Checkout(session.getId(), URI.create(session.getUrl()));
	}

	@Override
	public List<PaymentEvent> events(WebhookCall call) {
		return this.events.read(call);
	}

	@Override
	public void changeMonthly(String subscriptionRef, long amountCents) {
		String id = checked(subscriptionRef, "sub_");
		if (amountCents < 100) {
			throw new PaymentRefused("fundraising.payment.problem.refused", "Monthly gifts start at one euro");
		}
		Subscription subscription = call("subscription", () -> this.client.v1().subscriptions().retrieve(id));
		SubscriptionItem item = subscription.getItems().getData().getFirst();
		SubscriptionUpdateParams params = SubscriptionUpdateParams.builder()
			.addItem(SubscriptionUpdateParams.Item.builder()
				.setId(item.getId())
				.setPriceData(SubscriptionUpdateParams.Item.PriceData.builder()
					.setCurrency("eur")
					.setProduct(item.getPrice().getProduct())
					.setUnitAmount(amountCents)
					.setRecurring(SubscriptionUpdateParams.Item.PriceData.Recurring.builder()
						.setInterval(SubscriptionUpdateParams.Item.PriceData.Recurring.Interval.MONTH)
						.build())
					.build())
				.build())
			.setProrationBehavior(SubscriptionUpdateParams.ProrationBehavior.NONE)
			.build();
		call("subscription change", () -> this.client.v1().subscriptions().update(id, params));
	}

	@Override
	public void stopMonthly(String subscriptionRef) {
		String id = checked(subscriptionRef, "sub_");
		call("subscription cancel", () -> this.client.v1().subscriptions().cancel(id));
	}

	@Override
	public void refund(String paymentRef, long amountCents) {
		String id = checked(paymentRef, "pi_");
		if (amountCents <= 0) {
			throw new PaymentRefused("fundraising.payment.problem.refused", "A refund needs a positive amount");
		}
		RefundCreateParams params = RefundCreateParams.builder().setPaymentIntent(id).setAmount(amountCents).build();
		call("refund", () -> this.client.v1().refunds().create(params));
	}

	@Override
	public List<Payout> payouts(LocalDate from, LocalDate to) {
		return this.payouts.between(from, to);
	}

	private static String checked(String ref, String prefix) {
		if (ref == null || !ref.startsWith(prefix) || !ID.matcher(ref).matches()) {
			throw new PaymentRefused("fundraising.payment.problem.unknown", "Not a Stripe " + prefix + "… id");
		}
		return ref;
	}

}
