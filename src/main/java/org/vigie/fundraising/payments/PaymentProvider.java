package org.vigie.fundraising.payments;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A payment provider that takes cards, Bancontact or SEPA direct debits for the NGO
 * (Mollie, Stripe). The module never depends on one: it starts a checkout, then learns
 * what became of it only from {@link PaymentEvent}s, which an adapter builds from what
 * the provider says when asked (Mollie) or from signed events (Stripe). Bank transfers
 * need no provider at all.
 */
public interface PaymentProvider {

	/**
	 * The provider's short name, stored with each payment: {@code mollie},
	 * {@code stripe}.
	 */
	String name();

	/** The methods this provider offers the NGO's donors. */
	Set<PaymentMethod> methods();

	/**
	 * Starts a checkout: a single payment, or the first payment of a monthly gift (which
	 * then sets up the mandate or subscription).
	 * @throws PaymentRefused when the provider refuses or cannot be reached
	 */
	Checkout start(CheckoutRequest request);

	/**
	 * Reads a webhook call and answers what happened, after checking it really comes from
	 * the provider (a signature, or by asking the provider about the id it carries). The
	 * same call may arrive many times and out of order; each event carries a key that
	 * names the change it reports, so that recording it twice changes nothing.
	 * @throws PaymentRefused when the call is forged, malformed or names nothing known
	 */
	List<PaymentEvent> events(WebhookCall call);

	/**
	 * Changes the amount of a monthly gift from its next payment on.
	 * @throws PaymentRefused when the provider refuses
	 */
	void changeMonthly(String subscriptionRef, long amountCents);

	/**
	 * Stops a monthly gift: no further payment is taken.
	 * @throws PaymentRefused when the provider refuses
	 */
	void stopMonthly(String subscriptionRef);

	/**
	 * Refunds a settled payment, in whole or in part. The refund itself is recorded when
	 * its event comes back.
	 * @throws PaymentRefused when the provider refuses
	 */
	void refund(String paymentRef, long amountCents);

	/**
	 * The payouts (settlements) the provider sent to the NGO's bank account whose arrival
	 * falls in the period, with the payments and fees they settle; for reconciliation.
	 * @throws PaymentRefused when the provider cannot be reached
	 */
	List<Payout> payouts(LocalDate from, LocalDate to);

}
