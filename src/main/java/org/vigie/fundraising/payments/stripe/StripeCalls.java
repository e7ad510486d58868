package org.vigie.fundraising.payments.stripe;

import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.StripeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.fundraising.payments.PaymentRefused;

/**
 * One call to Stripe, with its failures turned into a {@link PaymentRefused} whose code
 * says what the person is told. Only the call's name, the status and Stripe's request id
 * are logged, never a body; a refusal keeps no cause, since Stripe's message may quote
 * what was sent (a donor's email).
 */
final class StripeCalls {

	private static final Logger log = LoggerFactory.getLogger(StripeCalls.class);

	private StripeCalls() {
	}

	/** A call to Stripe that may throw the client's checked exception. */
	@FunctionalInterface
	interface Call<T> {

		T run() throws StripeException;

	}

	static <T> T call(String what, Call<T> call) {
		try {
			return call.run();
		}
		catch (ApiConnectionException ex) {
			log.warn("Stripe could not be reached for {}", what);
			throw new PaymentRefused("fundraising.payment.problem.unreachable", "Stripe unreachable for " + what, ex);
		}
		catch (StripeException ex) {
			Integer status = ex.getStatusCode();
			log.warn("Stripe answered {} to {} (request {})", status, what, ex.getRequestId());
			if (status == null || status >= 500) {
				throw new PaymentRefused("fundraising.payment.problem.unavailable",
						"Stripe answered " + status + " to " + what, ex);
			}
			if (status == 404) {
				throw new PaymentRefused("fundraising.payment.problem.unknown", "Stripe knows nothing for " + what);
			}
			throw new PaymentRefused("fundraising.payment.problem.refused",
					"Stripe refused " + what + " with " + status);
		}
	}

}
