import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.vigie.fundraising.statements.Statement;
import org.vigie.fundraising.statements.StatementReader;

/**
 * Generates a CAMT.053.001.02 statement of N entries (args[0], 100,000 by default) of fictitious
 * gifts, a third with a structured communication, a third with a free text, one in ten a debit,
 * one in twenty a batch of two, then reads it RUNS times (args[1], 5) after one warm-up read and
 * prints each time and the median. Run by bench/fundraising-statement.sh.
 */
public class StatementBench {

	public static void main(String[] args) throws IOException {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		int runs = (args.length > 1) ? Integer.parseInt(args[1]) : 5;
		Path file = Files.createTempFile("camt053-", ".xml");
		try {
			generate(file, count);
			System.out.printf("file: %d entries, %.1f MB%n", count, Files.size(file) / 1e6);
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
			System.out.printf("median of %d: %d ms for %d entries%n", runs, millis[runs / 2], count);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static List<Statement> read(Path file) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			return new StatementReader().read(in);
		}
	}

	private static void generate(Path file, int count) throws IOException {
		long balanceCents = 1_000_000_00L;
		long opening = balanceCents;
		StringBuilder entries = new StringBuilder();
		try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
			Path body = Files.createTempFile("camt053-body-", ".xml");
			try (Writer b = Files.newBufferedWriter(body, StandardCharsets.UTF_8)) {
				for (int i = 1; i <= count; i++) {
					long cents = 500 + (i * 7919L) % 50_000;
					boolean debit = i % 10 == 0;
					balanceCents += debit ? -cents : cents;
					entries.setLength(0);
					entry(entries, i, cents, debit);
					b.write(entries.toString());
				}
			}
			out.write("""
					<?xml version="1.0" encoding="UTF-8"?>
					<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
					<GrpHdr><MsgId>BENCH</MsgId><CreDtTm>2026-12-02T06:00:00</CreDtTm></GrpHdr>
					<Stmt><Id>BENCH-1</Id><CreDtTm>2026-12-02T06:00:00</CreDtTm>
					<Acct><Id><IBAN>BE14063123456783</IBAN></Id><Ccy>EUR</Ccy></Acct>
					""");
			out.write(balance("OPBD", opening));
			out.write(balance("CLBD", balanceCents));
			try (var lines = Files.newBufferedReader(body, StandardCharsets.UTF_8)) {
				lines.transferTo(out);
			}
			Files.delete(body);
			out.write("</Stmt></BkToCstmrStmt></Document>\n");
		}
	}

	private static String balance(String type, long cents) {
		return "<Bal><Tp><CdOrPrtry><Cd>" + type + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">" + euros(Math.abs(cents))
				+ "</Amt><CdtDbtInd>" + (cents < 0 ? "DBIT" : "CRDT") + "</CdtDbtInd><Dt><Dt>2026-12-01</Dt></Dt></Bal>\n";
	}

	private static void entry(StringBuilder out, int i, long cents, boolean debit) {
		String party = debit ? "Cdtr" : "Dbtr";
		out.append("<Ntry><NtryRef>").append(i).append("</NtryRef><Amt Ccy=\"EUR\">").append(euros(cents))
			.append("</Amt><CdtDbtInd>").append(debit ? "DBIT" : "CRDT")
			.append("</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-12-01</Dt></BookgDt><ValDt><Dt>2026-12-01</Dt></ValDt>")
			.append("<AcctSvcrRef>B").append(i).append("</AcctSvcrRef><NtryDtls>");
		if (i % 20 == 1) {
			long first = cents / 2;
			detail(out, i, first, party, true);
			detail(out, i + 1, cents - first, party, true);
		}
		else {
			detail(out, i, -1, party, false);
		}
		out.append("</NtryDtls></Ntry>\n");
	}

	private static void detail(StringBuilder out, int i, long cents, String party, boolean withAmount) {
		out.append("<TxDtls>");
		if (withAmount) {
			out.append("<AmtDtls><TxAmt><Amt Ccy=\"EUR\">").append(euros(cents)).append("</Amt></TxAmt></AmtDtls>");
		}
		out.append("<RltdPties><").append(party).append("><Nm>Donateur Fictif ").append(i).append("</Nm></")
			.append(party).append("><").append(party).append("Acct><Id><IBAN>BE58001987654379</IBAN></Id></")
			.append(party).append("Acct></RltdPties><RmtInf>");
		if (i % 3 == 0) {
			out.append("<Strd><CdtrRefInf><Ref>").append(String.format("%012d", i)).append("</Ref></CdtrRefInf></Strd>");
		}
		else {
			out.append("<Ustrd>Don pour le projet jeunesse ").append(i).append("</Ustrd>");
		}
		out.append("</RmtInf></TxDtls>");
	}

	private static String euros(long cents) {
		return (cents / 100) + "." + String.format("%02d", cents % 100);
	}

}
