package org.vigie.fundraising.statements;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads a bank statement file in whichever format the bank sent it: CAMT.053 (XML, its
 * first character after an optional byte order mark and blanks is {@code <}) with
 * {@link StatementReader}, or CODA (its first record is the header, type {@code 0}) with
 * {@link CodaReader}. Anything else is refused without being read further.
 */
public final class StatementFiles {

	/** How far the format is looked for: blanks before the first character. */
	private static final int PEEK = 4096;

	private StatementFiles() {
	}

	/**
	 * Reads every statement of a file of at most {@link StatementReader#DEFAULT_LIMIT}.
	 * @param in the file; not closed
	 * @return the statements in the file's order, at least one
	 * @throws StatementProblem when the file is refused
	 */
	public static List<Statement> read(InputStream in) {
		return read(in, StatementReader.DEFAULT_LIMIT);
	}

	/**
	 * Reads every statement of a file of at most {@code limit} bytes.
	 * @param in the file; not closed
	 * @param limit the largest file accepted, in bytes
	 * @return the statements in the file's order, at least one
	 * @throws StatementProblem when the file is refused
	 */
	public static List<Statement> read(InputStream in, long limit) {
		BufferedInputStream buffered = new BufferedInputStream(in, PEEK);
		int first = firstCharacter(buffered);
		if (first < 0) {
			throw new StatementProblem("empty");
		}
		if (first == '<') {
			return new StatementReader(limit).read(buffered);
		}
		if (first == '0') {
			return new CodaReader(limit).read(buffered);
		}
		throw new StatementProblem("unknownFormat");
	}

	/**
	 * The first byte that is not blank nor part of a UTF-8 byte order mark, or -1; the
	 * stream is then reset to its start.
	 */
	private static int firstCharacter(BufferedInputStream in) {
		try {
			in.mark(PEEK);
			int b;
			int read = 0;
			do {
				b = in.read();
				read++;
			}
			while (b >= 0 && read < PEEK
					&& (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF));
			in.reset();
			return (read >= PEEK) ? -2 : b;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
