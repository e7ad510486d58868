package org.vigie.fundraising.statements;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The records of a CODA file, one line at a time. Banks send CODA in Windows-1252 (the
 * Latin-1 with the euro sign and curly quotes), one byte per character; a line of more
 * than 128 bytes is also taken when it is UTF-8 for exactly 128 characters, as a file
 * re-saved by an editor would be. A line must hold exactly 128 characters and no control
 * character (nor a byte Windows-1252 leaves undefined); lines may end with LF or CR LF,
 * and blank lines are allowed only at the end of the file. A line is never kept beyond
 * 512 bytes, so a file without line breaks costs no memory.
 */
final class CodaLines {

	/** The length of every CODA record. */
	static final int LENGTH = 128;

	/** Enough for 128 characters of UTF-8. */
	private static final int KEPT = 4 * LENGTH;

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private final InputStream in;

	private final byte[] buffer = new byte[1 << 16];

	private final byte[] kept = new byte[KEPT];

	private int position;

	private int end;

	private int number;

	private int firstBlank;

	CodaLines(InputStream in) {
		this.in = in;
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
		int length = 0;
		boolean carriageReturn = false;
		while (true) {
			int b = read();
			if (b < 0) {
				if (length == 0 && !carriageReturn) {
					return null;
				}
				break;
			}
			if (b == '\n') {
				break;
			}
			if (carriageReturn || b == '\r') {
				if (carriageReturn) {
					throw new StatementProblem("codaBinary", this.number + 1);
				}
				carriageReturn = true;
				continue;
			}
			if (length < KEPT) {
				this.kept[length] = (byte) b;
			}
			length++;
		}
		this.number++;
		String line = decode(length);
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\ufffd') {
				throw new StatementProblem("codaBinary", this.number);
			}
		}
		return line;
	}

	/** The kept bytes as 128 characters (or none), else the line is refused. */
	private String decode(int length) {
		if (length == 0 || length == LENGTH) {
			return new String(this.kept, 0, length, WINDOWS_1252);
		}
		if (length > LENGTH && length <= KEPT) {
			try {
				String line = StandardCharsets.UTF_8.newDecoder()
					.decode(ByteBuffer.wrap(this.kept, 0, length))
					.toString();
				if (line.length() == LENGTH) {
					return line;
				}
			}
			catch (CharacterCodingException ex) {
				// Not UTF-8 either: refused for its length below.
			}
		}
		throw new StatementProblem("codaLength", this.number, length);
	}

	private int read() {
		if (this.position == this.end) {
			try {
				this.end = this.in.read(this.buffer);
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
		return this.buffer[this.position++] & 0xff;
	}

}
