package org.vigie.fundraising.statements;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the fixed-width fields of a CODA record, by the positions of the Febelfin
 * standard counted from 1 as the standard prints them, refusing with the line's number
 * what is not a number, a sign or a day.
 */
final class CodaFields {

	private final String line;

	private final int number;

	CodaFields(String line, int number) {
		this.line = line;
		this.number = number;
	}

	/** The line's number in the file, for the messages. */
	int number() {
		return this.number;
	}

	/** The characters from position {@code from} to {@code to}, both included. */
	String raw(int from, int to) {
		return this.line.substring(from - 1, to);
	}

	/** The text from {@code from} to {@code to} without its blanks, or {@code null}. */
	String text(int from, int to) {
		String text = raw(from, to).strip();
		return text.isEmpty() ? null : text;
	}

	char at(int position) {
		return this.line.charAt(position - 1);
	}

	/**
	 * A signed amount: the sign code (0 credit, 1 debit) then 12 digits and 3 decimals,
	 * at most a billion.
	 */
	BigDecimal amount(int signAt, int from) {
		BigDecimal value = unsigned(from);
		if (value.compareTo(Amounts.ABSURD) > 0) {
			throw new StatementProblem("codaAbsurd", value.toPlainString(), this.number);
		}
		return switch (at(signAt)) {
			case '0' -> value;
			case '1' -> value.negate();
			default -> throw new StatementProblem("codaSign", String.valueOf(at(signAt)), this.number);
		};
	}

	/**
	 * An amount of 12 digits and 3 decimals, given with 2 decimals when its thousandths
	 * are zero (the euro has cents).
	 */
	BigDecimal unsigned(int from) {
		String digits = raw(from, from + 14);
		if (!allDigits(digits)) {
			throw new StatementProblem("codaAmount", digits, this.number);
		}
		BigDecimal value = new BigDecimal(new BigInteger(digits), 3);
		return (digits.charAt(14) == '0') ? value.setScale(2) : value;
	}

	/**
	 * A day written DDMMYY in the 2000s; {@code null} for {@code 000000} when allowed.
	 */
	LocalDate day(int from, boolean optional) {
		String text = raw(from, from + 5);
		if (optional && "000000".equals(text)) {
			return null;
		}
		if (!allDigits(text)) {
			throw new StatementProblem("codaDate", text, this.number);
		}
		try {
			return LocalDate.of(2000 + Integer.parseInt(text.substring(4, 6)), Integer.parseInt(text.substring(2, 4)),
					Integer.parseInt(text.substring(0, 2)));
		}
		catch (DateTimeException ex) {
			throw new StatementProblem("codaDate", text, this.number);
		}
	}

	/** A count or sequence number of digits only. */
	int count(int from, int to) {
		String digits = raw(from, to);
		if (!allDigits(digits)) {
			throw new StatementProblem("codaNumber", digits, this.number);
		}
		return Integer.parseInt(digits);
	}

	static boolean allDigits(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return !text.isEmpty();
	}

}
