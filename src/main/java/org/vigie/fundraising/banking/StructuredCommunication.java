package org.vigie.fundraising.banking;

import java.util.regex.Pattern;

/**
 * A Belgian structured communication (OGM / VCS), {@code +++123/4567/89012+++}: ten
 * digits and two check digits, the remainder of the ten digits divided by 97 (97 when it
 * is 0). Banks refuse a transfer whose communication has wrong check digits, and the NGO
 * matches the transfers it receives by it.
 *
 * @param digits the twelve digits, check digits last
 */
public record StructuredCommunication(String digits) {

	private static final Pattern TWELVE = Pattern.compile("[0-9]{12}");

	/** How a communication may be typed: with +++ or ***, slashes and spaces, or bare. */
	private static final Pattern TYPED = Pattern.compile("[+*]{0,3}[0-9 /]{12,20}[+*]{0,3}");

	/**
	 * Checks the digits.
	 * @throws BankingRefused when there are not twelve digits or the check digits are
	 * wrong
	 */
	public StructuredCommunication {
		if (digits == null || !TWELVE.matcher(digits).matches()) {
			throw new BankingRefused("communicationShape");
		}
		if (check(Long.parseLong(digits.substring(0, 10))) != Integer.parseInt(digits.substring(10))) {
			throw new BankingRefused("communicationCheck");
		}
	}

	/**
	 * The communication of a number.
	 * @param base a number of at most ten digits, from 1
	 * @return the communication with its check digits
	 */
	public static StructuredCommunication of(long base) {
		if (base < 1 || base > 9_999_999_999L) {
			throw new BankingRefused("communicationShape");
		}
		return new StructuredCommunication(String.format("%010d%02d", base, check(base)));
	}

	/**
	 * Reads a communication as a person or a bank wrote it.
	 * @param typed {@code +++123/4567/89012+++}, {@code ***123/4567/89012***},
	 * {@code 123456789012}…
	 * @return the communication
	 * @throws BankingRefused when it is not one, or its check digits are wrong
	 */
	public static StructuredCommunication parse(String typed) {
		if (typed == null || typed.length() > 40 || !TYPED.matcher(typed.strip()).matches()) {
			throw new BankingRefused("communicationShape");
		}
		return new StructuredCommunication(typed.replaceAll("[^0-9]", ""));
	}

	/** The ten digits before the check digits. */
	public long base() {
		return Long.parseLong(this.digits.substring(0, 10));
	}

	/** As banks print it: {@code +++123/4567/89012+++}. */
	public String display() {
		return "+++" + this.digits.substring(0, 3) + "/" + this.digits.substring(3, 7) + "/" + this.digits.substring(7)
				+ "+++";
	}

	@Override
	public String toString() {
		return display();
	}

	private static int check(long base) {
		int remainder = (int) (base % 97);
		return (remainder == 0) ? 97 : remainder;
	}

}
