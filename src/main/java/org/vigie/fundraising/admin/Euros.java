package org.vigie.fundraising.admin;

import java.math.BigDecimal;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import org.vigie.fundraising.ledger.NewEntry;

/**
 * Amounts typed by a fundraiser: {@code 42}, {@code 42,50}, {@code 42.50} or
 * {@code 1 250,00}, read into cents. Anything else (letters, three decimals, an amount
 * beyond what one movement may be) is no amount at all.
 */
final class Euros {

	private static final Pattern AMOUNT = Pattern.compile("-?[0-9]{1,9}([.,][0-9]{1,2})?");

	private Euros() {
	}

	/** The amount in cents, signed as typed, or empty when it is not an amount. */
	static OptionalLong cents(String typed) {
		return cents(typed, NewEntry.MAX_CENTS);
	}

	/** The amount in cents, or empty when it is not an amount or beyond {@code max}. */
	static OptionalLong cents(String typed, long max) {
		if (typed == null) {
			return OptionalLong.empty();
		}
		String compact = typed.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("€", "");
		if (!AMOUNT.matcher(compact).matches()) {
			return OptionalLong.empty();
		}
		long cents = new BigDecimal(compact.replace(',', '.')).movePointRight(2).longValueExact();
		if (Math.abs(cents) > max) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(cents);
	}

	/** Cents as a fundraiser types them back into a form: {@code 42.50}. */
	static String typed(long cents) {
		return BigDecimal.valueOf(cents, 2).toPlainString();
	}

}
