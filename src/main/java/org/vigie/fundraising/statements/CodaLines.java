package org.vigie.fundraising.statements;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

/**
 * The records of a CODA file, one line at a time, decoded as Windows-1252 (the Latin-1
 * that Belgian banks send, with the euro sign and curly quotes). A line must hold exactly
 * 128 characters and no control character (nor a byte Windows-1252 leaves undefined);
 * lines may end with LF or CR LF, and blank lines are allowed only at the end of the
 * file. A line longer than 128 characters is counted but never kept whole, so a file
 * without line breaks costs no memory.
 */
final class CodaLines {

	/** The length of every CODA record. */
	static final int LENGTH = 128;

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private final Reader reader;

	private final char[] buffer = new char[1 << 16];

	private int position;

	private int end;

	private int number;

	private int firstBlank;

	CodaLines(InputStream in) {
		this.reader = new InputStreamReader(in,
				WINDOWS_1252.newDecoder()
					.onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
					.onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE));
	}

	/** The number of the line last returned, from 1. */
	int number() {
		return this.number;
	}

	/** The next record, or {@code null} at the end of the file. */
	String next() {
		while (true) {
			String line = line();
			if (line == null) {
				return null;
			}
			if (line.isEmpty()) {
				if (this.firstBlank == 0) {
					this.firstBlank = this.number;
				}
				continue;
			}
			if (this.firstBlank != 0) {
				throw new StatementProblem("codaLength", this.firstBlank, 0);
			}
			return line;
		}
	}

	/** One line without its end, or {@code null} when the file is over. */
	private String line() {
		char[] kept = new char[LENGTH];
		int length = 0;
		boolean carriageReturn = false;
		while (true) {
			int c = read();
			if (c < 0) {
				if (length == 0 && !carriageReturn) {
					return null;
				}
				break;
			}
			if (c == '\n') {
				break;
			}
			if (carriageReturn || c == '\r') {
				if (carriageReturn) {
					throw new StatementProblem("codaBinary", this.number + 1);
				}
				carriageReturn = true;
				continue;
			}
			if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\ufffd') {
				throw new StatementProblem("codaBinary", this.number + 1);
			}
			if (length < LENGTH) {
				kept[length] = (char) c;
			}
			length++;
		}
		this.number++;
		if (length != 0 && length != LENGTH) {
			throw new StatementProblem("codaLength", this.number, length);
		}
		return new String(kept, 0, length);
	}

	private int read() {
		if (this.position == this.end) {
			try {
				this.end = this.reader.read(this.buffer);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.position = 0;
			if (this.end <= 0) {
				this.end = 0;
				return -1;
			}
		}
		return this.buffer[this.position++];
	}

}
