package org.vigie.fundraising.payments;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened to a payment, as the provider reports it.
 *
 * @param key names this change and nothing else, for instance
 * {@code mollie:tr_WDqYK6vllg:paid} or {@code stripe:evt_1N...}: recording the same key
 * twice changes nothing
 * @param kind what happened
 * @param giftId the gift the payment was started for (from the payment's metadata); for a
 * later monthly payment, the first gift of that monthly gift
 * @param paymentRef the provider's id of the payment
 * @param subscriptionRef the monthly gift's subscription or mandate at the provider, or
 * {@code null} for a single gift
 * @param amountCents the amount the event is about: paid, refunded or charged back
 * (always positive)
 * @param feeCents the provider's fee for a payment when known, else 0
 * @param at when it happened at the provider
 */
public record PaymentEvent(String key, Kind kind, UUID giftId, String paymentRef, String subscriptionRef,
		long amountCents, long feeCents, Instant at) {

	public PaymentEvent {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(paymentRef, "paymentRef");
		Objects.requireNonNull(at, "at");
		if (amountCents < 0 || feeCents < 0) {
			throw new IllegalArgumentException("Amounts in events are positive");
		}
	}

	/** What happened to a payment. */
	public enum Kind {

		/** The money is received: the gift counts. */
		PAID,

		/** A later payment of a monthly gift is received. */
		MONTHLY_PAID,

		/**
		 * The payment failed, was cancelled by the donor or expired: nothing received.
		 */
		FAILED,

		/** A later payment of a monthly gift failed. */
		MONTHLY_FAILED,

		/**
		 * The monthly gift was stopped at the provider (by the donor's bank, or by us).
		 */
		MONTHLY_STOPPED,

		/** Money went back to the donor. */
		REFUNDED,

		/** The donor's bank took the money back. */
		CHARGED_BACK

	}

}
