/**
 * The Stripe adapter, built on Stripe's official Java client (stripe-java): Checkout
 * Sessions to take a payment or start a subscription, signed webhook events checked with
 * the endpoint's signing secret, refunds, subscription changes, and payouts read with
 * their balance transactions.
 */
package org.vigie.fundraising.payments.stripe;
