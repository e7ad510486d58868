package org.vigie.fundraising;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.vigie.site.Language;

/**
 * Euro amounts, kept as whole cents everywhere and written the way each language writes
 * them: {@code 3 147,00 €}, {@code € 3.147,00}, {@code €3,147.00}.
 */
public final class Money {

	private static final Locale[] LOCALES = { Locale.forLanguageTag("fr-BE"), Locale.forLanguageTag("nl-BE"),
			Locale.forLanguageTag("en-IE") };

	private Money() {
	}

	/** An amount with its cents. */
	public static String format(long cents, Language language) {
		NumberFormat format = NumberFormat.getCurrencyInstance(LOCALES[language.ordinal()]);
		format.setCurrency(Currency.getInstance("EUR"));
		return format.format(BigDecimal.valueOf(cents, 2)).replace('\u202f', '\u00a0');
	}

	/** An amount without cents when it has none, for goals and totals. */
	public static String whole(long cents, Language language) {
		NumberFormat format = NumberFormat.getCurrencyInstance(LOCALES[language.ordinal()]);
		format.setCurrency(Currency.getInstance("EUR"));
		if (cents % 100 == 0) {
			format.setMaximumFractionDigits(0);
			format.setMinimumFractionDigits(0);
		}
		return format.format(BigDecimal.valueOf(cents, 2)).replace('\u202f', '\u00a0');
	}

	/**
	 * Euros as a plain number with a dot, for CSV files and QR codes: {@code 3147.00}.
	 */
	public static String plain(long cents) {
		return BigDecimal.valueOf(cents, 2).toPlainString();
	}

}
