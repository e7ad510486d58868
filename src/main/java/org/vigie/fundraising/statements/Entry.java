package org.vigie.fundraising.statements;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One movement on the account: a whole bank entry, or one transaction of a batch when the
 * bank gives an amount per transaction.
 *
 * @param reference what identifies the movement across imports of the same statement: the
 * bank's reference ({@code AcctSvcrRef}; in CODA positions 11-31 of record 2.1), else the
 * entry reference ({@code NtryRef}), else a hash of the movement's fields (prefixed
 * {@code H:}); a batch's transactions get the batch's reference followed by {@code #} and
 * their position when they carry no reference of their own
 * @param amount signed: positive for a credit (money received), negative for a debit
 * @param status whether the bank has booked the movement; only booked ones count in the
 * balance
 * @param bookingDate the day the bank booked it
 * @param valueDate the value day, or the booking day when the bank gives none
 * @param counterpartyName the payer of a credit or the payee of a debit, or {@code null}
 * @param counterpartyIban their account, or {@code null}
 * @param structuredReference the creditor reference ({@code CdtrRefInf/Ref}); for a
 * Belgian structured communication {@code +++123/4567/89002+++} the 12 digits
 * {@code 123456789002}; or {@code null}
 * @param unstructuredText the free remittance text, or {@code null}
 */
public record Entry(String reference, BigDecimal amount, Status status, LocalDate bookingDate, LocalDate valueDate,
		String counterpartyName, String counterpartyIban, String structuredReference, String unstructuredText) {

	/** Whether the movement brought money in. */
	public boolean isCredit() {
		return this.amount.signum() > 0;
	}

	/** The bank's status of an entry ({@code Sts}). */
	public enum Status {

		/** Booked on the account. */
		BOOK,
		/** Announced, not booked yet. */
		PDNG,
		/** For information only. */
		INFO

	}

}
