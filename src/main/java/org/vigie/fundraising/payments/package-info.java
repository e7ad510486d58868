/**
 * The port to payment providers: what the module asks of one ({@link PaymentProvider})
 * and what it learns back ({@link PaymentEvent}). Adapters for Mollie and Stripe live in
 * sub-packages; with none configured, donors give by bank transfer.
 */
package org.vigie.fundraising.payments;
