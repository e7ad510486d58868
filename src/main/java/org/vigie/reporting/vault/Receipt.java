package org.vigie.reporting.vault;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A reporter's receipt: 20 characters of Crockford's base32 (no I, L, O or U), shown in
 * five groups of four ({@code 7K2Q-M9XD-…}). The first group finds the report; the other
 * sixteen (80 bits) are the secret from which the key that opens it is derived. Typed
 * back, lower case, spaces, and letters mistaken for digits (O for 0, I or L for 1) are
 * accepted.
 *
 * @param locator the first group
 * @param secret the other sixteen characters
 */
public record Receipt(String locator, String secret) {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** A new random receipt. */
	public static Receipt generate() {
		return new Receipt(random(4), random(16));
	}

	/** A typed receipt, when it has the right form. */
	public static Optional<Receipt> parse(String typed) {
		if (typed == null || typed.length() > 64) {
			return Optional.empty();
		}
		String text = typed.toUpperCase(Locale.ROOT)
			.replaceAll("[\\s-]", "")
			.replace('O', '0')
			.replace('I', '1')
			.replace('L', '1');
		if (text.length() != 20 || !text.chars().allMatch((c) -> ALPHABET.indexOf(c) >= 0)) {
			return Optional.empty();
		}
		return Optional.of(new Receipt(text.substring(0, 4), text.substring(4)));
	}

	/** As written down: five groups of four. */
	public String display() {
		String all = this.locator + this.secret;
		return String.join("-", all.substring(0, 4), all.substring(4, 8), all.substring(8, 12), all.substring(12, 16),
				all.substring(16, 20));
	}

	@Override
	public String toString() {
		return "Receipt[" + this.locator + "-…]";
	}

	private static String random(int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return text.toString();
	}

}
