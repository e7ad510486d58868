package org.vigie.fundraising.payments.stripe;

import java.time.Instant;
import java.util.UUID;

import org.vigie.fundraising.payments.PaymentRefused;
import tools.jackson.databind.JsonNode;

/**
 * Reading the fields of an event's object from its JSON, so that events sent in an older
 * API version than the client's (as a webhook endpoint may be pinned to) read the same.
 */
final class StripeJson {

	private StripeJson() {
	}

	static String text(JsonNode node) {
		return (node != null && node.isValueNode() && !node.isNull()) ? node.asString() : null;
	}

	/** The first of the paths that holds a value, each path a list of field names. */
	static String firstText(JsonNode object, String[]... paths) {
		for (String[] path : paths) {
			JsonNode node = object;
			for (String field : path) {
				node = node.path(field);
			}
			String value = text(node);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	/** The gift named in metadata, null when none, refused when it is not a gift id. */
	static UUID giftId(String value) {
		if (value == null) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new PaymentRefused("fundraising.payment.problem.unknown", "The event names no gift of ours");
		}
	}

	static Instant seconds(JsonNode node, Instant otherwise) {
		return (node != null && node.canConvertToLong() && node.asLong() > 0) ? Instant.ofEpochSecond(node.asLong())
				: otherwise;
	}

}
