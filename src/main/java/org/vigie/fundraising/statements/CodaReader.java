package org.vigie.fundraising.statements;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the bank statements of a Belgian CODA file (Febelfin "coded statement of
 * account", version 2: records of 128 characters in Windows-1252, or UTF-8 when a file
 * was re-saved) into the same {@link Statement} and {@link Entry} as
 * {@link StatementReader} gives for CAMT.053, one statement per header-to-trailer
 * sequence, streaming the file.
 * <p>
 * The file is refused as a whole, with a {@link StatementProblem}, when it is empty,
 * larger than the limit, holds control characters or lines of another length than 128, an
 * unknown record type or one out of place, a version other than 2, an account that is
 * neither an IBAN nor a Belgian account number, a currency other than the euro, an
 * amount, sign or day that cannot be read, a batch whose details do not add up to its
 * total, a trailer whose record count or debit and credit totals differ from the records,
 * or balances that do not add up.
 */
public final class CodaReader {

	private final long limit;

	/** A reader refusing files over {@link StatementReader#DEFAULT_LIMIT}. */
	public CodaReader() {
		this(StatementReader.DEFAULT_LIMIT);
	}

	/** A reader refusing files over {@code limit} bytes. */
	public CodaReader(long limit) {
		this.limit = limit;
	}

	/**
	 * Reads every statement of a file.
	 * @param in the file; not closed
	 * @return the statements in the file's order, at least one
	 * @throws StatementProblem when the file is refused
	 */
	public List<Statement> read(InputStream in) {
		try {
			CodaLines lines = new CodaLines(new LimitedInputStream(in, this.limit));
			String line = lines.next();
			if (line == null) {
				throw new StatementProblem("empty");
			}
			List<Statement> statements = new ArrayList<>();
			int movements = 0;
			while (line != null) {
				if (line.charAt(0) != '0') {
					boolean known = "123489".indexOf(line.charAt(0)) >= 0;
					throw new StatementProblem(known ? "codaOrder" : "codaRecord", lines.number(),
							line.substring(0, 1));
				}
				CodaStatementReader reader = new CodaStatementReader(lines, movements);
				statements.add(reader.read(line));
				movements = reader.movementNumber();
				line = lines.next();
			}
			return statements;
		}
		catch (UncheckedIOException ex) {
			throw new StatementProblem("unreadable", ex);
		}
	}

}
