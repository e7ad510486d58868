package org.vigie.fundraising.payments;

import java.net.URI;

/**
 * A checkout the provider opened.
 *
 * @param paymentRef the provider's id of the payment (or session), kept with the gift
 * @param redirect the provider's page where the donor pays
 */
public record Checkout(String paymentRef, URI redirect) {

}
