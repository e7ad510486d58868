package org.vigie.fundraising.payments;

import java.net.URI;
import java.util.Objects;
import java.util.UUID;

/**
 * What a provider needs to take a payment. No account exists at the provider before the
 * donor pays: the provider learns a name and an email only for its own receipts.
 *
 * @param giftId the gift the payment is for; sent as the payment's metadata so that
 * events can name it back
 * @param amountCents the amount in euro cents, at least one euro
 * @param monthly whether it is the first payment of a monthly gift
 * @param method the method the donor chose
 * @param description what the donor's bank or card statement will show
 * @param language the donor's language ({@code fr}, {@code nl} or {@code en}), for the
 * provider's pages
 * @param donorName the donor's name
 * @param donorEmail the donor's email
 * @param returnUrl where the provider sends the donor back after paying (or not)
 * @param webhookUrl where the provider reports what became of the payment
 */
public record CheckoutRequest(UUID giftId, long amountCents, boolean monthly, PaymentMethod method, String description,
		String language, String donorName, String donorEmail, URI returnUrl, URI webhookUrl) {

	public CheckoutRequest {
		Objects.requireNonNull(giftId, "giftId");
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(returnUrl, "returnUrl");
		if (amountCents < 100) {
			throw new IllegalArgumentException("Amounts start at one euro");
		}
		if (method == PaymentMethod.TRANSFER || method == PaymentMethod.CASH) {
			throw new IllegalArgumentException("No provider takes " + method);
		}
	}

}
