package org.vigie.fundraising.statements;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads the amounts of a statement: unsigned decimals of at most 5 decimals in euros (the
 * sign is given by a separate credit/debit indicator), no larger than a billion.
 */
final class Amounts {

	/** Above this an amount is taken for a mistake or an attack rather than a gift. */
	static final BigDecimal ABSURD = new BigDecimal("1000000000");

	private static final Pattern DECIMAL = Pattern.compile("\\d{1,18}(\\.\\d{1,5})?");

	private Amounts() {
	}

	/**
	 * The signed amount of an element holding {@code Amt} and {@code CdtDbtInd}.
	 * @param holder the entry, transaction detail or balance
	 * @param amount the amount element, possibly nested in the holder
	 * @param defaultIndicator the indicator to take when the holder has none, or
	 * {@code null} when it is mandatory
	 * @param where which entry or balance, for the message
	 */
	static BigDecimal signed(XmlNode holder, XmlNode amount, String defaultIndicator, String where) {
		if (amount == null || amount.text().isEmpty()) {
			throw new StatementProblem("missing", "Amt", where);
		}
		String currency = amount.attribute("Ccy");
		if (currency == null || currency.isBlank()) {
			throw new StatementProblem("missing", "Ccy", where);
		}
		if (!"EUR".equals(currency)) {
			throw new StatementProblem("currency", StatementProblem.excerpt(currency), where);
		}
		String text = amount.text();
		if (!DECIMAL.matcher(text).matches()) {
			throw new StatementProblem("amount", StatementProblem.excerpt(text), where);
		}
		BigDecimal value = new BigDecimal(text);
		if (value.compareTo(ABSURD) > 0) {
			throw new StatementProblem("absurdAmount", text, where);
		}
		String indicator = holder.textAt("CdtDbtInd");
		if (indicator == null) {
			indicator = defaultIndicator;
		}
		if (indicator == null) {
			throw new StatementProblem("missing", "CdtDbtInd", where);
		}
		return switch (indicator) {
			case "CRDT" -> value;
			case "DBIT" -> value.negate();
			default -> throw new StatementProblem("indicator", StatementProblem.excerpt(indicator), where);
		};
	}

}
