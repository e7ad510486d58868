import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.vigie.fundraising.statements.CodaReader;
import org.vigie.fundraising.statements.Statement;

/**
 * Generates a CODA statement of N movements (args[0], 100,000 by default) of fictitious gifts,
 * a third with a structured communication, the others with a free text, one in ten a debit, one
 * in twenty a batch of two details, each with its counterparty (records 2.1, 2.2 and 2.3), then
 * reads it RUNS times (args[1], 5) after one warm-up read and prints each time and the median.
 * Run by bench/fundraising-coda.sh.
 */
public class CodaBench {

	private static final String IBAN = "BE14063123456783";

	public static void main(String[] args) throws IOException {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		int runs = (args.length > 1) ? Integer.parseInt(args[1]) : 5;
		Path file = Files.createTempFile("coda-", ".cod");
		try {
			int entries = generate(file, count);
			System.out.printf("file: %d movements (%d entries), %.1f MB%n", count, entries, Files.size(file) / 1e6);
			read(file);
			long[] millis = new long[runs];
			for (int i = 0; i < runs; i++) {
				long start = System.nanoTime();
				List<Statement> statements = read(file);
				millis[i] = (System.nanoTime() - start) / 1_000_000;
				System.out.printf("run %d: %d ms (%d entries read)%n", i + 1, millis[i],
						statements.get(0).entries().size());
			}
			Arrays.sort(millis);
			System.out.printf("median of %d: %d ms for %d movements%n", runs, millis[runs / 2], count);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static List<Statement> read(Path file) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			return new CodaReader().read(in);
		}
	}

	/** Writes the file; returns the number of entries it gives. */
	private static int generate(Path file, int count) throws IOException {
		long opening = 1_000_000_00L;
		long balance = opening;
		long debits = 0;
		long credits = 0;
		int records = 1;
		int entries = 0;
		try (Writer out = Files.newBufferedWriter(file, Charset.forName("windows-1252"))) {
			line(out, "0000002122672505        CODA000231" + pad("VIGIE ASBL", 26) + "GEBABEBB   00123456789 00000",
					"2");
			line(out, "12231" + pad(IBAN, 34) + "EUR" + amount(opening) + "301126" + pad("VIGIE ASBL", 26)
					+ pad("Compte courant", 35) + "231", "");
			for (int i = 1; i <= count; i++) {
				long cents = 500 + (i * 7919L) % 50_000;
				boolean debit = i % 10 == 0;
				long signed = debit ? -cents : cents;
				balance += signed;
				if (debit) {
					debits += cents;
				}
				else {
					credits += cents;
				}
				String sequence = String.format("%04d", i % 10_000);
				if (i % 20 == 1) {
					long first = cents / 2;
					records += 1 + movement(out, sequence, "0000", i, signed, "2", '1', false);
					records += 1 + movement(out, sequence, "0001", i, first * Long.signum(signed), "6", '0', true);
					records += 1 + movement(out, sequence, "0002", i + 1, signed - first * Long.signum(signed), "6", '0',
							true);
					entries += 2;
				}
				else {
					records += 1 + movement(out, sequence, "0000", i, signed, "0", '0', true);
					entries++;
				}
			}
			line(out, "8231" + pad(IBAN, 34) + "EUR" + amount(balance) + "011226", "0");
			records++;
			line(out, "9               " + String.format("%06d", records) + amount(debits).substring(1)
					+ amount(credits).substring(1), "2");
		}
		return entries;
	}

	/** Writes a part 2.1 and, with a counterparty, parts 2.2 and 2.3; returns how many parts after 2.1. */
	private static int movement(Writer out, String sequence, String detail, int i, long cents, String type,
			char globalisation, boolean counterparty) throws IOException {
		String communication = (i % 3 == 0) ? "1101" + String.format("%012d", i) : "0Don pour le projet jeunesse " + i;
		String head = "21" + sequence + detail + pad("BNK" + i, 21) + amount(cents) + "011226" + type + "0150000"
				+ pad(communication, 54) + "011226231" + globalisation + (counterparty ? "1" : "0");
		line(out, head, "0");
		if (!counterparty) {
			return 0;
		}
		line(out, "22" + sequence + detail + " ".repeat(88) + pad("GKCCBEBB", 27) + "1", "0");
		line(out, "23" + sequence + detail + pad("BE58001987654379", 34) + "EUR" + pad("Donateur Fictif " + i, 35), "0");
		return 2;
	}

	/** A signed amount as CODA writes it: the sign code then 15 digits, 3 of them decimals. */
	private static String amount(long cents) {
		return ((cents < 0) ? "1" : "0") + String.format("%015d", Math.abs(cents) * 10);
	}

	private static String pad(String text, int length) {
		return String.format("%-" + length + "s", text);
	}

	/** Writes a record: the text, blanks up to position 127, then the last character. */
	private static void line(Writer out, String text, String last) throws IOException {
		String line = pad(text, 127) + (last.isEmpty() ? "" : last);
		out.write(pad(line, 128));
		out.write("\r\n");
	}

}
