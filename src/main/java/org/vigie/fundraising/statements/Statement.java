package org.vigie.fundraising.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One account statement of a CAMT.053 or CODA file, as the bank sent it: its balances are
 * signed (negative when the account is overdrawn) and its entries come in the bank's
 * order.
 *
 * @param id the bank's identification of the statement ({@code Stmt/Id}; for CODA the
 * year of the new balance and the statement's number, e.g. {@code 2026-231})
 * @param accountIban the NGO's account the statement is for
 * @param currency always {@code EUR}: other currencies are refused when reading
 * @param from first day covered ({@code FrToDt}), or the creation day when the bank gives
 * no period; for CODA the earliest booking day, or the new balance's day without
 * movements
 * @param to last day covered, or the creation day when the bank gives no period; for CODA
 * the new balance's day
 * @param openingBalance the opening booked balance ({@code OPBD}, or {@code PRCD})
 * @param closingBalance the closing booked balance ({@code CLBD})
 * @param entries one per bank entry, or one per transaction detail of a batch
 */
public record Statement(String id, String accountIban, String currency, LocalDate from, LocalDate to,
		BigDecimal openingBalance, BigDecimal closingBalance, List<Entry> entries) {

	public Statement {
		entries = List.copyOf(entries);
	}

}
