package org.vigie.fundraising.payments.mollie;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach Mollie ({@code vigie.fundraising.mollie.*}, or
 * {@code VIGIE_FUNDRAISING_MOLLIE_*} in the environment). Without an API key no Mollie
 * adapter exists and donors give by bank transfer.
 *
 * @param apiKey the live or test API key ({@code live_…}, {@code test_…}), never in the
 * repository
 * @param baseUrl where the API answers; tests point it at a local server
 * @param timeout how long one call may take before the donor is told to try again
 */
@ConfigurationProperties("vigie.fundraising.mollie")
public record MollieSettings(String apiKey, URI baseUrl, Duration timeout) {

	/** Mollie's documented API root. */
	public static final URI MOLLIE = URI.create("https://api.mollie.com/v2/");

	public MollieSettings {
		baseUrl = (baseUrl != null) ? withSlash(baseUrl) : MOLLIE;
		timeout = (timeout != null && !timeout.isNegative() && !timeout.isZero()) ? timeout : Duration.ofSeconds(10);
	}

	private static URI withSlash(URI uri) {
		String text = uri.toString();
		return text.endsWith("/") ? uri : URI.create(text + "/");
	}

}
