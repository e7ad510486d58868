package org.vigie.fundraising.payments.stripe;

import java.time.Clock;
import java.time.Duration;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import org.vigie.fundraising.payments.PaymentRefused;
import org.vigie.fundraising.payments.WebhookCall;

/**
 * Trusts a webhook call only when its {@code Stripe-Signature} header holds an
 * HMAC-SHA256 of its exact bytes made with the endpoint's signing secret, timestamped
 * within the tolerance: a forged signature is refused as forged, a genuine one replayed
 * later as stale.
 */
final class StripeSignature {

	private static final int MAX_BODY = 512 * 1024;

	private final String secret;

	private final Duration tolerance;

	private final Clock clock;

	StripeSignature(String secret, Duration tolerance, Clock clock) {
		this.secret = secret;
		this.tolerance = tolerance;
		this.clock = clock;
	}

	/** The verified payload, as text. */
	String verified(WebhookCall call) {
		byte[] body = call.body();
		String header = call.headers().get("stripe-signature");
		if (header == null || header.length() > 2048) {
			throw new PaymentRefused("fundraising.payment.problem.forged", "No usable Stripe-Signature header");
		}
		if (body.length == 0 || body.length > MAX_BODY) {
			throw new PaymentRefused("fundraising.payment.problem.malformed", "A Stripe event has a body of JSON");
		}
		String payload = new String(body, java.nio.charset.StandardCharsets.UTF_8);
		try {
			Webhook.constructEvent(payload, header, this.secret, this.tolerance.toSeconds(), this.clock);
			return payload;
		}
		catch (SignatureVerificationException ex) {
			if (signedButOld(payload, header)) {
				throw new PaymentRefused("fundraising.payment.problem.stale",
						"A genuine Stripe event replayed too late");
			}
			throw new PaymentRefused("fundraising.payment.problem.forged", "The Stripe signature does not match");
		}
		catch (RuntimeException ex) {
			throw new PaymentRefused("fundraising.payment.problem.malformed", "A signed Stripe event is not readable");
		}
	}

	private boolean signedButOld(String payload, String header) {
		try {
			// A tolerance of zero checks the signature alone.
			return Webhook.Signature.verifyHeader(payload, header, this.secret, 0, this.clock);
		}
		catch (SignatureVerificationException ex) {
			return false;
		}
	}

}
