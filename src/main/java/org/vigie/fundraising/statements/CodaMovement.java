package org.vigie.fundraising.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * One movement record of a CODA statement: its part 2.1 (amount, days, bank reference,
 * start of the communication) and the optional parts 2.2 (more communication) and 2.3
 * (counterparty's account and name, end of the communication).
 */
final class CodaMovement {

	private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}");

	final int sequence;

	final int detail;

	final String bankReference;

	final BigDecimal amount;

	final LocalDate booking;

	final LocalDate value;

	/** The first digit of the transaction code: 0 single, 1-3 a total, 5-9 a detail. */
	final char type;

	private final boolean structured;

	private final StringBuilder communication;

	private String counterpartyName;

	private String counterpartyIban;

	/** Reads part 2.1. */
	CodaMovement(CodaFields fields) {
		this.sequence = fields.count(3, 6);
		this.detail = fields.count(7, 10);
		this.bankReference = fields.text(11, 31);
		this.amount = fields.amount(32, 33);
		this.booking = fields.day(116, false);
		LocalDate valueDay = fields.day(48, true);
		this.value = (valueDay != null) ? valueDay : this.booking;
		this.type = fields.at(54);
		this.structured = fields.at(62) == '1';
		this.communication = new StringBuilder(fields.raw(63, 115));
	}

	/**
	 * Whether a part 2.2, 2.3 or 3.x with this sequence and detail number belongs here.
	 */
	boolean owns(CodaFields fields, boolean anyDetail) {
		return fields.count(3, 6) == this.sequence && (anyDetail || fields.count(7, 10) == this.detail);
	}

	/** Reads part 2.2. */
	void second(CodaFields fields) {
		this.communication.append(fields.raw(11, 63));
	}

	/** Reads part 2.3. */
	void third(CodaFields fields) {
		String account = fields.text(11, 47);
		if (account != null) {
			String first = account.split("\\s+", 2)[0];
			this.counterpartyIban = IBAN.matcher(first).matches() ? first : null;
		}
		this.counterpartyName = fields.text(48, 82);
		this.communication.append(fields.raw(83, 115));
	}

	/**
	 * The movement as an entry.
	 * @param reference its reference, or {@code null} for a hashed one
	 */
	Entry entry(String reference, ReferenceHashes hashes) {
		String structuredReference = null;
		String text = null;
		if (this.structured) {
			String code = this.communication.substring(0, 3);
			String digits = this.communication.substring(3, 15);
			if (("101".equals(code) || "102".equals(code)) && CodaFields.allDigits(digits)) {
				structuredReference = digits;
			}
		}
		else {
			text = this.communication.toString().strip().replaceAll("\\s{2,}", " ");
			if (text.isEmpty()) {
				text = null;
			}
		}
		String own = (reference != null) ? reference : hashes.next(this.amount, this.booking, this.value,
				this.counterpartyName, this.counterpartyIban, structuredReference, text);
		return new Entry(own, this.amount, Entry.Status.BOOK, this.booking, this.value, this.counterpartyName,
				this.counterpartyIban, structuredReference, text);
	}

}
