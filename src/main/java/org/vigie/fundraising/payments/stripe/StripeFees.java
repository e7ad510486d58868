package org.vigie.fundraising.payments.stripe;

import com.stripe.StripeClient;
import com.stripe.model.BalanceTransaction;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentRetrieveParams;

import static org.vigie.fundraising.payments.stripe.StripeCalls.call;

/**
 * Stripe's fee for a payment, from the balance transaction of its charge; 0 while Stripe
 * has not made one yet (the payout then tells the fee).
 */
final class StripeFees {

	private final StripeClient client;

	StripeFees(StripeClient client) {
		this.client = client;
	}

	long ofIntent(String intentId) {
		PaymentIntentRetrieveParams params = PaymentIntentRetrieveParams.builder()
			.addExpand("latest_charge.balance_transaction")
			.build();
		PaymentIntent intent = call("payment intent",
				() -> this.client.v1().paymentIntents().retrieve(intentId, params));
		Charge charge = intent.getLatestChargeObject();
		BalanceTransaction balance = (charge != null) ? charge.getBalanceTransactionObject() : null;
		return (balance != null && balance.getFee() != null) ? balance.getFee() : 0;
	}

}
