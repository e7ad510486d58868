/**
 * The Mollie adapter (API v2), spoken with the JDK's HTTP client and Jackson: Mollie
 * publishes no Java client on Maven Central that resolves, so the documented REST calls
 * are made directly. Its webhook carries only a payment id; the adapter asks Mollie what
 * became of that payment.
 */
package org.vigie.fundraising.payments.mollie;
