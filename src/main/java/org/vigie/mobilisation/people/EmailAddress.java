package org.vigie.mobilisation.people;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address as the module's forms accept it: one line of at most 254 characters, a
 * local part and a domain with a dot, no control or space characters. It is kept as typed
 * apart from surrounding spaces and the domain's case; {@link #key()} is the form used to
 * find the same person again.
 */
public final class EmailAddress {

	/** The longest address SMTP carries. */
	public static final int MAX_LENGTH = 254;

	private static final Pattern SHAPE = Pattern
		.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\\-\\u00a1-\\uffff]{1,64}@[A-Za-z0-9\\-\\u00a1-\\uffff]{1,63}"
				+ "(\\.[A-Za-z0-9\\-\\u00a1-\\uffff]{1,63})+");

	private final String value;

	/** The address typed, or empty when it is not one. */
	public static Optional<EmailAddress> parse(String typed) {
		if (typed == null || typed.length() > MAX_LENGTH + 20) {
			return Optional.empty();
		}
		String value = typed.strip();
		if (value.length() > MAX_LENGTH || value.chars().anyMatch((c) -> c < 0x20 || c == 0x7f)
				|| !SHAPE.matcher(value).matches() || value.contains("..") || value.startsWith(".")) {
			return Optional.empty();
		}
		int at = value.lastIndexOf('@');
		String domain = value.substring(at + 1).toLowerCase(Locale.ROOT);
		if (domain.startsWith("-") || domain.endsWith("-") || domain.endsWith(".")) {
			return Optional.empty();
		}
		return Optional.of(new EmailAddress(value.substring(0, at + 1) + domain));
	}

	private EmailAddress(String value) {
		this.value = value;
	}

	/** The address, as it was typed (the domain in lower case). */
	public String value() {
		return this.value;
	}

	/** The domain, in lower case and in its ASCII form (xn--…) for comparisons. */
	public String domain() {
		String domain = this.value.substring(this.value.lastIndexOf('@') + 1);
		try {
			return IDN.toASCII(domain).toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			return domain;
		}
	}

	/** The form that finds the same person again, whatever case they typed. */
	public String key() {
		return this.value.toLowerCase(Locale.ROOT);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EmailAddress address && address.key().equals(key());
	}

	@Override
	public int hashCode() {
		return key().hashCode();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
