package org.vigie.fundraising.certificates;

import java.util.List;

/**
 * The control figures Belcotax checks a sending against, for one declaration of forms
 * 281.71: the records count the declaration's opening and closing records around its
 * forms (zone 8.10), and the sending's own two around that (9.11); the logical files are
 * the sending's opening, the declaration and the closing (9.10); the sums are of the
 * forms' sequence numbers (zone 2.9, into 8.11 and 9.12) and of their control totals,
 * which for a 281.71 are the amounts of gifts (zone 2.59 = 2.60, into 8.12 and 9.13).
 *
 * @param forms the number of forms
 * @param sumOfNumbers the sum of the certificates' numbers
 * @param sumOfAmounts the sum of the certified amounts, in cents
 */
public record ControlTotals(int forms, long sumOfNumbers, long sumOfAmounts) {

	/** The figures of these certificates. */
	public static ControlTotals of(List<CertificateLine> lines) {
		long numbers = 0;
		long amounts = 0;
		for (CertificateLine line : lines) {
			numbers += line.number();
			amounts = Math.addExact(amounts, line.totalCents());
		}
		return new ControlTotals(lines.size(), numbers, amounts);
	}

	/** Zone 8.10: the declaration's records, its opening and closing ones included. */
	public long declarationRecords() {
		return this.forms + 2L;
	}

	/** Zone 9.11: the sending's records, its opening and closing ones included. */
	public long sendingRecords() {
		return declarationRecords() + 2;
	}

	/** Zone 9.10: the logical files, the sending's opening and closing ones included. */
	public int logicalFiles() {
		return 3;
	}

}
