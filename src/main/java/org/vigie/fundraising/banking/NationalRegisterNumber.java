package org.vigie.fundraising.banking;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Belgian national register number (or a BIS number), which a donor gives to have a tax
 * certificate: eleven digits, {@code YYMMDD} of birth, a serial number, and two check
 * digits, 97 minus the remainder of the first nine digits divided by 97 (for people born
 * from 2000, of those nine digits preceded by a 2). A BIS number adds 20 or 40 to the
 * month; an unknown birth date may have a month or day of 00.
 * <p>
 * It is personal data the tax law requires, and nothing else: {@link #toString()} masks
 * it, so it never reaches a log by accident.
 *
 * @param digits the eleven digits
 */
public record NationalRegisterNumber(String digits) {

	private static final Pattern ELEVEN = Pattern.compile("[0-9]{11}");

	/** How it may be typed: {@code 85.07.30-033.28}, with spaces, or bare. */
	private static final Pattern TYPED = Pattern.compile("[0-9 .\\-]{11,20}");

	/**
	 * Checks the digits.
	 * @throws BankingRefused when there are not eleven digits, the check digits are wrong
	 * for either century, or the month or day cannot be a date
	 */
	public NationalRegisterNumber {
		if (digits == null || !ELEVEN.matcher(digits).matches()) {
			throw new BankingRefused("nationalNumberShape");
		}
		if (born(digits).isEmpty()) {
			throw new BankingRefused("nationalNumberCheck");
		}
		int month = Integer.parseInt(digits.substring(2, 4)) % 20;
		int day = Integer.parseInt(digits.substring(4, 6));
		int kind = Integer.parseInt(digits.substring(2, 4)) / 20;
		if (kind > 2 || month > 12 || day > 31) {
			throw new BankingRefused("nationalNumberDate");
		}
	}

	/**
	 * Reads a number as a person typed it.
	 * @param typed {@code 85.07.30-033.28}, {@code 85073003328}…
	 * @return the number
	 * @throws BankingRefused when it is not one
	 */
	public static NationalRegisterNumber parse(String typed) {
		if (typed == null || typed.length() > 40 || !TYPED.matcher(typed.strip()).matches()) {
			throw new BankingRefused("nationalNumberShape");
		}
		return new NationalRegisterNumber(typed.replaceAll("[^0-9]", ""));
	}

	/** Whether it is a BIS number (someone not in the national register). */
	public boolean isBis() {
		return Integer.parseInt(this.digits.substring(2, 4)) >= 20;
	}

	/** The birth date, when the number gives a whole one. */
	public Optional<LocalDate> birthDate() {
		int century = born(this.digits).orElseThrow();
		int month = Integer.parseInt(this.digits.substring(2, 4)) % 20;
		int day = Integer.parseInt(this.digits.substring(4, 6));
		try {
			return Optional.of(LocalDate.of(century + Integer.parseInt(this.digits.substring(0, 2)), month, day));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** As printed on a certificate: {@code 85.07.30-033.28}. */
	public String display() {
		return this.digits.substring(0, 2) + "." + this.digits.substring(2, 4) + "." + this.digits.substring(4, 6) + "-"
				+ this.digits.substring(6, 9) + "." + this.digits.substring(9);
	}

	/** Masked: the number never reaches a log. */
	@Override
	public String toString() {
		return "NationalRegisterNumber[***]";
	}

	/** 1900 or 2000, whichever the check digits fit, or empty when neither does. */
	private static Optional<Integer> born(String digits) {
		long nine = Long.parseLong(digits.substring(0, 9));
		int check = Integer.parseInt(digits.substring(9));
		if (97 - (nine % 97) == check) {
			return Optional.of(1900);
		}
		if (97 - ((2_000_000_000L + nine) % 97) == check) {
			return Optional.of(2000);
		}
		return Optional.empty();
	}

}
