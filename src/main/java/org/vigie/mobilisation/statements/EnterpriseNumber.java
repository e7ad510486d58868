package org.vigie.mobilisation.statements;

import java.util.Optional;

/**
 * A Belgian enterprise number (KBO/BCE): ten digits, the first 0 or 1, the last two being
 * 97 minus the first eight modulo 97. Typed with or without dots, spaces or the
 * {@code BE} prefix.
 */
public final class EnterpriseNumber {

	private final String digits;

	private EnterpriseNumber(String digits) {
		this.digits = digits;
	}

	/** The number typed, when it has the right shape and check digits. */
	public static Optional<EnterpriseNumber> parse(String typed) {
		if (typed == null || typed.length() > 40) {
			return Optional.empty();
		}
		String digits = typed.strip().replaceFirst("^(?i)BE", "").replaceAll("[\\s.\\-]", "");
		if (digits.length() == 9) {
			digits = "0" + digits;
		}
		if (!digits.matches("[01][0-9]{9}")) {
			return Optional.empty();
		}
		long body = Long.parseLong(digits.substring(0, 8));
		int check = Integer.parseInt(digits.substring(8));
		return (97 - body % 97 == check) ? Optional.of(new EnterpriseNumber(digits)) : Optional.empty();
	}

	/** The ten digits. */
	public String digits() {
		return this.digits;
	}

	/** As printed: {@code 0123.456.749}. */
	public String display() {
		return this.digits.substring(0, 4) + "." + this.digits.substring(4, 7) + "." + this.digits.substring(7);
	}

	@Override
	public String toString() {
		return display();
	}

}
