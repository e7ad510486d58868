package org.vigie.fundraising.payments.mollie;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.vigie.fundraising.payments.PaymentRefused;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reading and writing Mollie's values: amounts as decimal strings, times as ISO 8601. */
final class MollieJson {

	private MollieJson() {
	}

	/**
	 * Mollie's amount object for euro cents: {@code {"currency":"EUR","value":"10.00"}}.
	 */
	static ObjectNode amount(ObjectNode parent, String field, long cents) {
		ObjectNode amount = parent.putObject(field);
		amount.put("currency", "EUR");
		amount.put("value", BigDecimal.valueOf(cents, 2).toPlainString());
		return amount;
	}

	/**
	 * Euro cents of an amount object, always positive (Mollie writes refunds negative).
	 */
	static long cents(JsonNode amount) {
		String value = text(amount.path("value"));
		if (value == null || !"EUR".equals(text(amount.path("currency")))) {
			throw new PaymentRefused("fundraising.payment.problem.malformed", "Mollie gave an amount not in euros");
		}
		try {
			return new BigDecimal(value).movePointRight(2).abs().longValueExact();
		}
		catch (ArithmeticException | NumberFormatException ex) {
			throw new PaymentRefused("fundraising.payment.problem.malformed", "Mollie gave an unreadable amount", ex);
		}
	}

	static String text(JsonNode node) {
		return (node != null && node.isValueNode() && !node.isNull()) ? node.asString() : null;
	}

	static Instant instant(JsonNode node) {
		String value = text(node);
		if (value == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new PaymentRefused("fundraising.payment.problem.malformed", "Mollie gave an unreadable time", ex);
		}
	}

	/**
	 * Mollie's locale for the donor's language; Mollie's pages speak the Belgian
	 * variants.
	 */
	static String locale(String language) {
		return switch ((language != null) ? language.toLowerCase(Locale.ROOT) : "") {
			case "fr" -> "fr_BE";
			case "nl" -> "nl_BE";
			default -> "en_US";
		};
	}

}
