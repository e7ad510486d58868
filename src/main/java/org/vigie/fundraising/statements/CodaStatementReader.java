package org.vigie.fundraising.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one statement of a CODA file, from its header record (0) to its trailer (9): the
 * account and old balance (1), the movements (2.1, 2.2, 2.3) with their information
 * records (3.x, checked for their place but not used), the new balance (8) and free
 * communications (4, skipped). The trailer's totals and the balances must add up.
 */
final class CodaStatementReader {

	private final CodaLines lines;

	private final CodaTotals totals = new CodaTotals();

	private final List<Entry> entries = new ArrayList<>();

	private ReferenceHashes hashes;

	private CodaMovement total;

	private final List<CodaMovement> details = new ArrayList<>();

	private CodaMovement current;

	private BigDecimal movements = BigDecimal.ZERO;

	private int movementNumber;

	CodaStatementReader(CodaLines lines, int movementsBefore) {
		this.lines = lines;
		this.movementNumber = movementsBefore;
	}

	/** The number of movements read in the file so far, this statement included. */
	int movementNumber() {
		return this.movementNumber;
	}

	/** Reads the statement whose header record has just been read. */
	Statement read(String headerLine) {
		CodaFields header = fields(headerLine);
		if (header.at(128) != '2') {
			throw new StatementProblem("codaVersion", String.valueOf(header.at(128)));
		}
		header.day(6, false);
		CodaFields old = fields(expect('1'));
		this.totals.record();
		String iban = CodaOldBalance.iban(old);
		this.hashes = new ReferenceHashes(iban);
		BigDecimal opening = old.amount(43, 44);
		old.day(59, false);
		CodaFields newBalance = movements();
		BigDecimal closing = newBalance.amount(42, 43);
		LocalDate day = newBalance.day(58, false);
		String id = day.getYear() + "-" + CodaOldBalance.statementNumber(old);
		String currency = CodaOldBalance.currency(old);
		if (!"EUR".equals(currency)) {
			throw new StatementProblem("currency", StatementProblem.excerpt(currency.strip()), id);
		}
		this.totals.check(trailer(), id);
		BigDecimal expected = opening.add(this.movements);
		if (expected.compareTo(closing) != 0) {
			throw new StatementProblem("balance", id, expected.toPlainString(), closing.toPlainString());
		}
		LocalDate from = this.entries.stream().map(Entry::bookingDate).min(LocalDate::compareTo).orElse(day);
		return new Statement(id, iban, "EUR", from.isAfter(day) ? day : from, day, opening, closing, this.entries);
	}

	/** Reads the records up to the new balance (8) and returns it. */
	private CodaFields movements() {
		String line;
		while ((line = expect(null)).charAt(0) != '8') {
			movementPart(fields(line));
		}
		flush();
		this.totals.record();
		return fields(line);
	}

	/**
	 * Skips the free communications (4) after the new balance and returns the trailer.
	 */
	private CodaFields trailer() {
		String line = expect(null);
		while (line.charAt(0) == '4') {
			line = expect(null);
		}
		if (line.charAt(0) != '9') {
			throw new StatementProblem("codaOrder", this.lines.number(), line.substring(0, 1));
		}
		return fields(line);
	}

	/** A record between the old and the new balance. */
	private void movementPart(CodaFields fields) {
		char kind = fields.at(1);
		char article = fields.at(2);
		if (kind == '4') {
			return;
		}
		if (kind != '2' && kind != '3') {
			throw new StatementProblem("codaOrder", fields.number(), fields.raw(1, 1));
		}
		if (article < '1' || article > '3') {
			throw new StatementProblem("codaRecord", fields.number(), fields.raw(1, 2));
		}
		this.totals.record();
		if (kind == '2' && article == '1') {
			movement(new CodaMovement(fields));
			return;
		}
		CodaMovement owner = (kind == '2') ? this.current : this.total;
		if (owner == null || !owner.owns(fields, kind == '3')) {
			throw new StatementProblem("codaOrder", fields.number(), fields.raw(1, 2));
		}
		if (kind == '2' && article == '2') {
			owner.second(fields);
		}
		else if (kind == '2') {
			owner.third(fields);
		}
	}

	private void movement(CodaMovement movement) {
		if (movement.detail == 0) {
			flush();
			this.total = movement;
			this.movementNumber++;
			this.totals.movement(movement.amount);
			this.movements = this.movements.add(movement.amount);
		}
		else if (this.total == null || movement.sequence != this.total.sequence) {
			throw new StatementProblem("codaOrder", this.lines.number(), "21");
		}
		else {
			this.details.add(movement);
		}
		this.current = movement;
	}

	/**
	 * Turns the movement read into entries: one, or one per detail of a batch (the
	 * details of a detail, type 9, are left out as their sum is their parent's).
	 */
	private void flush() {
		if (this.total == null) {
			return;
		}
		String reference = this.total.bankReference;
		List<CodaMovement> parts = this.details.stream().filter((d) -> d.type != '9').toList();
		if (parts.isEmpty()) {
			this.entries.add(this.total.entry(reference, this.hashes));
		}
		else {
			BigDecimal sum = BigDecimal.ZERO;
			for (int i = 0; i < parts.size(); i++) {
				CodaMovement part = parts.get(i);
				sum = sum.add(part.amount);
				this.entries.add(part.entry((reference != null) ? reference + "#" + (i + 1) : null, this.hashes));
			}
			if (sum.compareTo(this.total.amount) != 0) {
				throw new StatementProblem("batch", "#" + this.movementNumber, this.total.amount.toPlainString(),
						sum.toPlainString());
			}
		}
		this.total = null;
		this.current = null;
		this.details.clear();
	}

	/**
	 * The next record; of the given type when one is given. A type the standard does not
	 * know is refused as such wherever it is.
	 */
	private String expect(Character kind) {
		String line = this.lines.next();
		if (line == null) {
			throw new StatementProblem("codaEnd");
		}
		char first = line.charAt(0);
		if ("0123489".indexOf(first) < 0) {
			throw new StatementProblem("codaRecord", this.lines.number(), line.substring(0, 1));
		}
		if (kind != null && first != kind) {
			throw new StatementProblem("codaOrder", this.lines.number(), line.substring(0, 1));
		}
		return line;
	}

	private CodaFields fields(String line) {
		return new CodaFields(line, this.lines.number());
	}

}
