package org.vigie.fundraising.payments;

import java.util.Map;

/**
 * A webhook call as it arrived, untouched, for the adapter to check and read.
 *
 * @param headers the request's headers, names in lower case
 * @param body the raw body (Stripe signs these exact bytes)
 */
public record WebhookCall(Map<String, String> headers, byte[] body) {

	public WebhookCall {
		headers = Map.copyOf(headers);
		body = body.clone();
	}

	@Override
	public byte[] body() {
		return this.body.clone();
	}

}
