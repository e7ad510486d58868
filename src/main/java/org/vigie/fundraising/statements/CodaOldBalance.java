package org.vigie.fundraising.statements;

import java.math.BigInteger;

/**
 * What the old balance record (1) of a CODA statement says of the account: its IBAN, its
 * currency and the statement's number. Where the account sits depends on its structure
 * (position 2): {@code 0} Belgian account number, {@code 1} foreign account number,
 * {@code 2} IBAN of a Belgian account, {@code 3} IBAN of a foreign one.
 */
final class CodaOldBalance {

	private CodaOldBalance() {
	}

	/**
	 * The account of record 1: an IBAN (structure 2 or 3), or a Belgian account number
	 * (structure 0, still sent by some banks) turned into its IBAN; a foreign account
	 * number without IBAN (structure 1) is refused.
	 */
	static String iban(CodaFields old) {
		String iban = switch (old.at(2)) {
			case '0' -> CodaFields.allDigits(old.raw(6, 17)) ? belgianIban(old.raw(6, 17)) : null;
			case '2' -> old.text(6, 36);
			case '3' -> old.text(6, 39);
			default -> null;
		};
		if (iban == null) {
			throw new StatementProblem("codaAccount", String.valueOf(old.at(2)));
		}
		return iban;
	}

	/** {@code BE}, the check digits of ISO 13616 and the 12 digits of the account. */
	private static String belgianIban(String account) {
		int remainder = new BigInteger(account + "111400").mod(BigInteger.valueOf(97)).intValue();
		return String.format("BE%02d%s", 98 - remainder, account);
	}

	/** The account's currency code, where its structure puts it. */
	static String currency(CodaFields old) {
		return (old.at(2) == '0') ? old.raw(19, 21) : old.raw(40, 42);
	}

	/**
	 * The number of the statement on paper (record 1, 3-5), or the number of the coded
	 * statement (126-128) when the bank leaves the first at zero.
	 */
	static String statementNumber(CodaFields old) {
		String paper = old.raw(3, 5);
		return "000".equals(paper) ? old.raw(126, 128) : paper;
	}

}
