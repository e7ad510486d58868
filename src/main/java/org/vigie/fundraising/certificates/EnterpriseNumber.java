package org.vigie.fundraising.certificates;

import java.util.regex.Pattern;

/**
 * A Belgian enterprise number (KBO/BCE), under which the institution is known to the tax
 * administration: ten digits starting with 0 or 1, the last two being 97 minus the
 * remainder of the first eight divided by 97.
 *
 * @param digits the ten digits
 */
public record EnterpriseNumber(String digits) {

	private static final Pattern TEN = Pattern.compile("[01][0-9]{9}");

	/**
	 * Checks the digits.
	 * @throws CertificateRefused when there are not ten digits or the check is wrong
	 */
	public EnterpriseNumber {
		if (digits == null || !TEN.matcher(digits).matches()) {
			throw new CertificateRefused("enterpriseNumberShape");
		}
		long eight = Long.parseLong(digits.substring(0, 8));
		if (97 - (eight % 97) != Integer.parseInt(digits.substring(8))) {
			throw new CertificateRefused("enterpriseNumberCheck");
		}
	}

	/**
	 * Reads a number as it is usually written: {@code 0477.472.701},
	 * {@code BE 0477 472 701}, or nine digits without the leading zero.
	 * @param typed the number
	 * @return the enterprise number
	 * @throws CertificateRefused when it is not one
	 */
	public static EnterpriseNumber parse(String typed) {
		if (typed == null || typed.length() > 30) {
			throw new CertificateRefused("enterpriseNumberShape");
		}
		String bare = typed.strip().replaceFirst("^(?i)BE", "").replaceAll("[\\s.\\-]", "");
		return new EnterpriseNumber((bare.length() == 9) ? "0" + bare : bare);
	}

	/** As printed: {@code 0477.472.701}. */
	public String display() {
		return this.digits.substring(0, 4) + "." + this.digits.substring(4, 7) + "." + this.digits.substring(7);
	}

}
