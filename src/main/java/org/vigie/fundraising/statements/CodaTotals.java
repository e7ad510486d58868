package org.vigie.fundraising.statements;

import java.math.BigDecimal;

/**
 * What the trailer record of a CODA statement announces, counted while reading: the
 * records 1, 2.x, 3.x and 8, and the sums of the debits and of the credits of the
 * movements (part 2.1 with detail number 0000, so a batch counts once, by its total).
 */
final class CodaTotals {

	private int records;

	private BigDecimal debits = BigDecimal.ZERO;

	private BigDecimal credits = BigDecimal.ZERO;

	void record() {
		this.records++;
	}

	void movement(BigDecimal amount) {
		if (amount.signum() < 0) {
			this.debits = this.debits.subtract(amount);
		}
		else {
			this.credits = this.credits.add(amount);
		}
	}

	/** Refuses the statement when its trailer (record 9) announces other totals. */
	void check(CodaFields trailer, String id) {
		int announced = trailer.count(17, 22);
		if (announced != this.records) {
			throw new StatementProblem("codaCount", id, announced, this.records);
		}
		BigDecimal debit = trailer.unsigned(23);
		if (debit.compareTo(this.debits) != 0) {
			throw new StatementProblem("codaDebit", id, debit.toPlainString(), this.debits.toPlainString());
		}
		BigDecimal credit = trailer.unsigned(38);
		if (credit.compareTo(this.credits) != 0) {
			throw new StatementProblem("codaCredit", id, credit.toPlainString(), this.credits.toPlainString());
		}
	}

}
