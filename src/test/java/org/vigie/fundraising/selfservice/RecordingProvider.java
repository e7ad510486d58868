package org.vigie.fundraising.selfservice;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.vigie.fundraising.payments.Checkout;
import org.vigie.fundraising.payments.CheckoutRequest;
import org.vigie.fundraising.payments.PaymentEvent;
import org.vigie.fundraising.payments.PaymentMethod;
import org.vigie.fundraising.payments.PaymentProvider;
import org.vigie.fundraising.payments.PaymentRefused;
import org.vigie.fundraising.payments.WebhookCall;

/**
 * A payment provider that only writes down the monthly gifts it was asked to change or
 * stop, or refuses them all, for the self-service tests of monthly gifts taken by a
 * provider. Only the monthly calls are answered; the rest is no part of those tests.
 */
final class RecordingProvider implements PaymentProvider {

	static final String NAME = "recorded";

	final List<String> calls = new CopyOnWriteArrayList<>();

	volatile boolean refusing;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Set<PaymentMethod> methods() {
		return Set.of(PaymentMethod.CARD);
	}

	@Override
	public void changeMonthly(String subscriptionRef, long amountCents) {
		answer("change " + subscriptionRef + " " + amountCents);
	}

	@Override
	public void stopMonthly(String subscriptionRef) {
		answer("stop " + subscriptionRef);
	}

	private void answer(String call) {
		if (this.refusing) {
			throw new PaymentRefused("fundraising.payment.problem.provider", "refused by the test");
		}
		this.calls.add(call);
	}

	@Override
	public Checkout start(CheckoutRequest request) {
		throw new PaymentRefused("fundraising.payment.problem.provider", "no checkout in this test");
	}

	@Override
	public List<PaymentEvent> events(WebhookCall call) {
		throw new PaymentRefused("fundraising.payment.problem.provider", "no webhook in this test");
	}

	@Override
	public void refund(String paymentRef, long amountCents) {
		throw new PaymentRefused("fundraising.payment.problem.provider", "no refund in this test");
	}

	@Override
	public List<org.vigie.fundraising.payments.Payout> payouts(LocalDate from, LocalDate to) {
		return List.of();
	}

}
