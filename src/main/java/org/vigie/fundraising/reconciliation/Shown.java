package org.vigie.fundraising.reconciliation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.vigie.fundraising.Money;
import org.vigie.site.Language;

/**
 * How the reconciliation pages write amounts and days, in the fundraiser's language.
 *
 * @param language the fundraiser's language
 */
record Shown(Language language) {

	/** An amount with its cents, signed when negative. */
	public String money(long cents) {
		return Money.format(cents, this.language);
	}

	/** A day, the way the language writes it. */
	public String day(LocalDate day) {
		return (day == null) ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(this.language.locale()).format(day);
	}

	/** Digits of a communication as banks print it. */
	public String communication(String digits) {
		if (digits == null || digits.length() != 12) {
			return "";
		}
		return "+++" + digits.substring(0, 3) + "/" + digits.substring(3, 7) + "/" + digits.substring(7) + "+++";
	}

}
