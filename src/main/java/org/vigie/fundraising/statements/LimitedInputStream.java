package org.vigie.fundraising.statements;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops reading a file once it is larger than the limit, before it fills the memory or
 * the CPU.
 */
final class LimitedInputStream extends FilterInputStream {

	private final long limit;

	private long count;

	LimitedInputStream(InputStream in, long limit) {
		super(in);
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			counted(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			counted(n);
		}
		return n;
	}

	private void counted(int n) {
		this.count += n;
		if (this.count > this.limit) {
			throw new StatementProblem("tooLarge", this.limit / (1024 * 1024));
		}
	}

}
