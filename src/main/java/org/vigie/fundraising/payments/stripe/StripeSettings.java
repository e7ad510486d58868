package org.vigie.fundraising.payments.stripe;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach Stripe ({@code vigie.fundraising.stripe.*}, or
 * {@code VIGIE_FUNDRAISING_STRIPE_*} in the environment). Without a secret key no Stripe
 * adapter exists and donors give by bank transfer.
 *
 * @param secretKey the secret API key ({@code sk_live_…}, {@code sk_test_…} or a
 * restricted {@code rk_…}), never in the repository
 * @param webhookSecret the signing secret of the webhook endpoint ({@code whsec_…})
 * @param baseUrl where the API answers, or empty for Stripe's own; tests point it at a
 * local server
 * @param timeout how long one call may take
 * @param tolerance how old a signed webhook may be before it counts as replayed
 * @param networkRetries how often the client retries a call that failed on the network or
 * with a 5xx (Stripe's client makes retries safe with idempotency keys)
 */
@ConfigurationProperties("vigie.fundraising.stripe")
public record StripeSettings(String secretKey, String webhookSecret, String baseUrl, Duration timeout,
		Duration tolerance, Integer networkRetries) {

	public StripeSettings {
		timeout = positive(timeout, Duration.ofSeconds(10));
		tolerance = positive(tolerance, Duration.ofMinutes(5));
		networkRetries = (networkRetries != null && networkRetries >= 0) ? networkRetries : 2;
	}

	private static Duration positive(Duration value, Duration otherwise) {
		return (value != null && !value.isNegative() && !value.isZero()) ? value : otherwise;
	}

}
