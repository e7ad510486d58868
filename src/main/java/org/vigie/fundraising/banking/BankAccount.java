package org.vigie.fundraising.banking;

import org.iban4j.Iban;
import org.iban4j.Iban4jException;

/**
 * An IBAN, checked by iban4j against its country's length and format and its check
 * digits. Stored and compared in its electronic form ({@code BE68539007547034}), printed
 * in groups of four.
 *
 * @param iban the IBAN, electronic form
 */
public record BankAccount(String iban) {

	/**
	 * Checks the IBAN.
	 * @throws BankingRefused when it is not a valid IBAN
	 */
	public BankAccount {
		if (iban == null || iban.length() > 34) {
			throw new BankingRefused("ibanShape");
		}
		try {
			Iban.valueOf(iban);
		}
		catch (Iban4jException ex) {
			throw new BankingRefused("ibanInvalid");
		}
	}

	/**
	 * Reads an IBAN as a person typed it: spaces, lower case and a leading "IBAN" are
	 * accepted.
	 * @param typed the IBAN
	 * @return the account
	 * @throws BankingRefused when it is not a valid IBAN
	 */
	public static BankAccount parse(String typed) {
		if (typed == null || typed.length() > 60) {
			throw new BankingRefused("ibanShape");
		}
		String compact = typed.replaceAll("[\\s\\-]", "").toUpperCase(java.util.Locale.ROOT);
		if (compact.startsWith("IBAN")) {
			compact = compact.substring(4);
		}
		return new BankAccount(compact);
	}

	/** The country, from the IBAN's first two letters. */
	public String country() {
		return this.iban.substring(0, 2);
	}

	/** Printed in groups of four: {@code BE68 5390 0754 7034}. */
	public String display() {
		return Iban.valueOf(this.iban).toFormattedString();
	}

}
