package org.vigie.fundraising.payments.stripe;

import java.util.Locale;

import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData;
import org.vigie.fundraising.payments.CheckoutRequest;

/**
 * The Checkout Session a gift opens: one line in euros, card or Bancontact, the gift's id
 * as client reference and in the metadata of the session and of what it creates (the
 * PaymentIntent, or the subscription whose invoices then name it).
 */
final class StripeCheckout {

	private StripeCheckout() {
	}

	static SessionCreateParams params(CheckoutRequest request) {
		String gift = request.giftId().toString();
		PriceData.Builder price = PriceData.builder()
			.setCurrency("eur")
			.setUnitAmount(request.amountCents())
			.setProductData(PriceData.ProductData.builder().setName(description(request)).build());
		if (request.monthly()) {
			price.setRecurring(PriceData.Recurring.builder().setInterval(PriceData.Recurring.Interval.MONTH).build());
		}
		SessionCreateParams.Builder params = SessionCreateParams.builder()
			.setMode(request.monthly() ? SessionCreateParams.Mode.SUBSCRIPTION : SessionCreateParams.Mode.PAYMENT)
			.addPaymentMethodType(SessionCreateParams.PaymentMethodType.CARD)
			.addPaymentMethodType(SessionCreateParams.PaymentMethodType.BANCONTACT)
			.addLineItem(SessionCreateParams.LineItem.builder().setQuantity(1L).setPriceData(price.build()).build())
			.setClientReferenceId(gift)
			.putMetadata("giftId", gift)
			.setLocale(locale(request.language()))
			.setSuccessUrl(request.returnUrl().toString())
			.setCancelUrl(request.returnUrl().toString());
		if (request.donorEmail() != null && !request.donorEmail().isBlank()) {
			params.setCustomerEmail(request.donorEmail());
		}
		if (request.monthly()) {
			params.setSubscriptionData(
					SessionCreateParams.SubscriptionData.builder().putMetadata("giftId", gift).build());
		}
		else {
			params.setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
				.putMetadata("giftId", gift)
				.setDescription(description(request))
				.build());
		}
		return params.build();
	}

	private static String description(CheckoutRequest request) {
		String text = (request.description() != null && !request.description().isBlank())
				? request.description().strip() : "Gift";
		return (text.length() > 250) ? text.substring(0, 250) : text;
	}

	private static SessionCreateParams.Locale locale(String language) {
		return switch ((language != null) ? language.toLowerCase(Locale.ROOT) : "") {
			case "fr" -> SessionCreateParams.Locale.FR;
			case "nl" -> SessionCreateParams.Locale.NL;
			default -> SessionCreateParams.Locale.EN;
		};
	}

}
