package org.vigie.fundraising.statements;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What the fundraiser gets from a Belgian CODA statement: the same movements as from a
 * CAMT.053 one, ready to be matched to gifts, and a clear refusal of files that are cut,
 * broken, foreign or hostile.
 */
class CodaReaderTest {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private final CodaReader reader = new CodaReader();

	@Test
	void readsABelgianStatementWithItsGiftsDebitAndBatch() {
		List<Statement> statements = this.reader.read(resource("belgian-statement.cod"));

		assertThat(statements).hasSize(1);
		Statement statement = statements.get(0);
		assertThat(statement.id()).isEqualTo("2026-231");
		assertThat(statement.accountIban()).isEqualTo("BE14063123456783");
		assertThat(statement.currency()).isEqualTo("EUR");
		assertThat(statement.from()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(statement.to()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(statement.openingBalance()).isEqualByComparingTo("12500.00");
		assertThat(statement.closingBalance()).isEqualByComparingTo("12539.50");
		List<Entry> entries = statement.entries();
		assertThat(entries).hasSize(6);

		Entry structured = entries.get(0);
		assertThat(structured.reference()).isEqualTo("EBKA0000000012345678");
		assertThat(structured.amount()).isEqualTo(new BigDecimal("50.00"));
		assertThat(structured.isCredit()).isTrue();
		assertThat(structured.status()).isEqualTo(Entry.Status.BOOK);
		assertThat(structured.bookingDate()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(structured.valueDate()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(structured.counterpartyName()).isEqualTo("Amélie Fictive");
		assertThat(structured.counterpartyIban()).isEqualTo("BE58001987654379");
		assertThat(structured.structuredReference()).isEqualTo("000001234526");
		assertThat(structured.unstructuredText()).isNull();

		Entry free = entries.get(1);
		assertThat(free.amount()).isEqualByComparingTo("25.00");
		assertThat(free.valueDate()).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(free.bookingDate()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(free.structuredReference()).isNull();
		assertThat(free.unstructuredText())
			.isEqualTo("Don de 25 € pour le projet jeunesse de Vigie, avec nos encouragements pour l’été");
		assertThat(free.counterpartyName()).isEqualTo("Jan Voorbeeld");

		Entry debit = entries.get(2);
		assertThat(debit.amount()).isEqualTo(new BigDecimal("-120.50"));
		assertThat(debit.isCredit()).isFalse();
		assertThat(debit.counterpartyName()).isEqualTo("Imprimerie Exemple sprl");
		assertThat(debit.counterpartyIban()).isEqualTo("BE22068223344547");
		assertThat(debit.unstructuredText()).isEqualTo("Facture 2026-118");
	}

	@Test
	void givesTheDetailsOfABatchRatherThanItsTotal() {
		List<Entry> entries = this.reader.read(resource("belgian-statement.cod")).get(0).entries();

		assertThat(entries.get(3).reference()).isEqualTo("EBKA0000000012345681#1");
		assertThat(entries.get(3).amount()).isEqualByComparingTo("40.00");
		assertThat(entries.get(3).counterpartyName()).isEqualTo("Marie Exemple");
		assertThat(entries.get(3).counterpartyIban()).isEqualTo("BE68539007547034");
		assertThat(entries.get(3).structuredReference()).isEqualTo("000006789087");
		assertThat(entries.get(4).reference()).isEqualTo("EBKA0000000012345681#2");
		assertThat(entries.get(4).amount()).isEqualByComparingTo("35.00");
		assertThat(entries.get(4).unstructuredText()).isEqualTo("Sponsoring 20 km team Vigie");
		assertThat(entries).extracting(Entry::amount).map(Object::toString).doesNotContain("75.00");
	}

	@Test
	void readsABatchOfADetailedAccountAndLeavesOutTheDetailsOfADetail() {
		List<String> lines = lines("belgian-statement.cod");
		lines.set(12, set(lines.get(12), 54, "3"));
		lines.set(13, set(lines.get(13), 54, "8"));
		lines.set(17, set(set(lines.get(17), 54, "8"), 125, "1"));
		lines.add(17, set(set(lines.get(13), 7, "0005"), 54, "9"));
		lines.set(24, set(lines.get(24), 17, "000022"));

		List<Entry> entries = this.reader.read(stream(String.join("\r\n", lines))).get(0).entries();

		assertThat(entries).hasSize(6);
		assertThat(entries.subList(3, 5)).extracting(Entry::reference)
			.containsExactly("EBKA0000000012345681#1", "EBKA0000000012345681#2");
		assertThat(entries.subList(3, 5)).extracting(Entry::amount)
			.map(BigDecimal::toPlainString)
			.containsExactly("40.00", "35.00");
	}

	@Test
	void theSameMovementReadTwiceGetsTheSameReferenceAndIdenticalOnesStayDistinct() {
		List<String> lines = lines("belgian-statement.cod");
		String cotisation = lines.get(20);
		assertThat(cotisation).startsWith("2100050000      ");
		lines.add(21, set(cotisation, 3, "0006"));
		lines.set(22, set(lines.get(22), 43, "000000012549500"));
		lines.set(24, set(set(lines.get(24), 17, "000022"), 38, "000000000170000"));
		String twice = String.join("\r\n", lines);

		List<Entry> first = this.reader.read(stream(twice)).get(0).entries();
		List<Entry> again = this.reader.read(stream(twice)).get(0).entries();

		assertThat(first).extracting(Entry::reference).isEqualTo(again.stream().map(Entry::reference).toList());
		assertThat(first.get(5).reference()).startsWith("H:");
		assertThat(first.get(6).reference()).isEqualTo(first.get(5).reference() + "#2");
		assertThat(first.get(5).valueDate()).isEqualTo(first.get(5).bookingDate());
		assertThat(first).extracting(Entry::reference).doesNotHaveDuplicates();
	}

	@Test
	void readsEveryStatementOfAFile() {
		List<Statement> statements = this.reader.read(resource("two-statements.cod"));

		assertThat(statements).extracting(Statement::id).containsExactly("2026-232", "2026-233");
		assertThat(statements.get(0).entries()).singleElement().satisfies((entry) -> {
			assertThat(entry.structuredReference()).isEqualTo("123456789002");
			assertThat(entry.counterpartyName()).isEqualTo("Sofie Testmans");
			assertThat(entry.bookingDate()).isEqualTo(LocalDate.of(2026, 12, 3));
		});
		assertThat(statements.get(0).closingBalance()).isEqualByComparingTo("12559.50");
		assertThat(statements.get(1).entries()).isEmpty();
		assertThat(statements.get(1).from()).isEqualTo(LocalDate.of(2026, 12, 4));
	}

	@Test
	void turnsABelgianAccountNumberIntoItsIban() {
		Statement statement = this.reader
			.read(replaceLine(2, (line) -> set(line, 2, "0231063123456783 EUR0BE" + " ".repeat(18))))
			.get(0);

		assertThat(statement.accountIban()).isEqualTo("BE14063123456783");
		assertThat(statement.entries().get(5).reference())
			.isEqualTo(this.reader.read(resource("belgian-statement.cod")).get(0).entries().get(5).reference());
	}

	@Test
	void numbersTheStatementByTheCodedSequenceWhenThePaperNumberIsZero() {
		Statement statement = this.reader.read(replaceLine(2, (line) -> set(set(line, 3, "000"), 126, "057"))).get(0);

		assertThat(statement.id()).isEqualTo("2026-057");
	}

	@Test
	void acceptsLineFeedsAloneAndBlankLinesAtTheEnd() {
		String text = String.join("\n", lines("belgian-statement.cod")) + "\n\n\n";

		assertThat(this.reader.read(stream(text)).get(0).entries()).hasSize(6);
	}

	@Test
	void readsAFileReSavedAsUtf8AsTheBankSentIt() {
		String text = String.join("\r\n", lines("belgian-statement.cod"));
		List<Entry> latin = this.reader.read(stream(text)).get(0).entries();

		List<Entry> utf8 = this.reader
			.read(new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.get(0)
			.entries();

		assertThat(utf8).isEqualTo(latin);
		assertThat(utf8.get(0).counterpartyName()).isEqualTo("Amélie Fictive");
	}

	@Test
	void statementFilesReadsEitherFormatAndRefusesTheRest() throws IOException {
		assertThat(StatementFiles.read(resource("belgian-statement.cod")).get(0).entries()).hasSize(6);
		try (InputStream camt = getClass().getResourceAsStream("/fundraising/camt/belgian-statement.xml")) {
			assertThat(StatementFiles.read(camt).get(0).id()).isEqualTo("2026-231");
		}
		assertThat(problem(() -> StatementFiles.read(stream(""))).code()).endsWith(".empty");
		assertThat(problem(() -> StatementFiles.read(stream("  \r\n "))).code()).endsWith(".empty");
		assertThat(problem(() -> StatementFiles.read(stream("Date;Montant;Compte\n"))).code())
			.endsWith(".unknownFormat");
		byte[] junk = new byte[5000];
		new java.util.Random(12).nextBytes(junk);
		junk[0] = (byte) 0xFF;
		assertThat(problem(() -> StatementFiles.read(new ByteArrayInputStream(junk))).code())
			.endsWith(".unknownFormat");
	}

	@Test
	void refusesAnUploadThatBreaksOffWhileRead() {
		InputStream broken = new SequenceInputStream(resource("belgian-statement.cod"), new InputStream() {
			@Override
			public int read() throws IOException {
				throw new IOException("connection reset");
			}
		});

		assertRefused(broken, "unreadable");
	}

	@Test
	void refusesAnEmptyFile() {
		assertRefused(stream(""), "empty");
		assertRefused(stream("\r\n\r\n"), "empty");
	}

	@Test
	void refusesLinesOfAnotherLengthAndBinaryJunk() {
		assertRefused(replaceLine(5, (line) -> line.substring(0, 127)), "codaLength", 5, 127);
		assertRefused(replaceLine(5, (line) -> line + "X"), "codaLength", 5, 129);
		assertRefused(stream("0" + "9".repeat(100_000)), "codaLength", 1, 100_001);
		List<String> blankInside = lines("belgian-statement.cod");
		blankInside.add(3, "");
		assertRefused(stream(String.join("\r\n", blankInside)), "codaLength", 4, 0);
		assertRefused(replaceLine(7, (line) -> set(line, 70, "\u0000\u0001\u0007")), "codaBinary", 7);
		byte[] undefined = String.join("\r\n", lines("belgian-statement.cod")).getBytes(WINDOWS_1252);
		undefined[6 * 130 + 80] = (byte) 0x81;
		assertRefused(new ByteArrayInputStream(undefined), "codaBinary", 7);
		byte[] junk = new byte[5000];
		new java.util.Random(7).nextBytes(junk);
		junk[0] = '0';
		assertThat(problem(() -> this.reader.read(new ByteArrayInputStream(junk))).code())
			.isIn("fundraising.statement.problem.codaBinary", "fundraising.statement.problem.codaLength");
	}

	@Test
	void refusesUnknownRecordTypesAndRecordsOutOfPlace() {
		assertRefused(replaceLine(23, (line) -> set(line, 1, "5")), "codaRecord", 23, "5");
		assertRefused(replaceLine(5, (line) -> set(line, 1, "27")), "codaRecord", 5, "27");
		assertRefused(removeLine(3), "codaOrder", 3, "22");
		assertRefused(replaceLine(2, (line) -> set(line, 1, "8")), "codaOrder", 2, "8");
		assertRefused(replaceLine(14, (line) -> set(line, 3, "0007")), "codaOrder", 14, "21");
		assertRefused(stream("1" + " ".repeat(127)), "codaOrder", 1, "1");
		assertRefused(removeLine(24), "codaEnd");
	}

	@Test
	void refusesAnotherVersionAnAccountWithoutIbanAndAnyCurrencyButTheEuro() {
		assertRefused(replaceLine(1, (line) -> set(line, 128, "1")), "codaVersion", "1");
		assertRefused(replaceLine(2, (line) -> set(line, 2, "1")), "codaAccount", "1");
		assertRefused(replaceLine(2, (line) -> set(line, 2, "0")), "codaAccount", "0");
		assertRefused(replaceLine(2, (line) -> set(line, 40, "USD")), "currency", "USD", "2026-231");
	}

	@Test
	void refusesUnreadableDaysAmountsAndSigns() {
		assertRefused(replaceLine(7, (line) -> set(line, 48, "310226")), "codaDate", "310226", 7);
		assertRefused(replaceLine(7, (line) -> set(line, 116, "01-226")), "codaDate", "01-226", 7);
		assertRefused(replaceLine(2, (line) -> set(line, 59, "000000")), "codaDate", "000000", 2);
		assertRefused(replaceLine(7, (line) -> set(line, 33, "00000000002500A")), "codaAmount", "00000000002500A", 7);
		assertRefused(replaceLine(7, (line) -> set(line, 32, "2")), "codaSign", "2", 7);
		assertRefused(replaceLine(7, (line) -> set(line, 33, "999999999999999")), "codaAbsurd", "999999999999.999", 7);
	}

	@Test
	void refusesATrailerWhoseCountOrTotalsAreWrong() {
		assertRefused(replaceLine(24, (line) -> set(line, 17, "000020")), "codaCount", "2026-231", 20, 21);
		assertRefused(replaceLine(24, (line) -> set(line, 23, "000000000120510")), "codaDebit", "2026-231", "120.51",
				"120.50");
		assertRefused(replaceLine(24, (line) -> set(line, 38, "000000000150000")), "codaCredit", "2026-231", "150.00",
				"160.00");
	}

	@Test
	void refusesBalancesOrABatchThatDoNotAddUp() {
		assertRefused(replaceLine(22, (line) -> set(line, 43, "000000012539510")), "balance", "2026-231", "12539.50",
				"12539.51");
		assertRefused(replaceLine(18, (line) -> set(line, 33, "000000000036000")), "batch", "#4", "75.00", "76.00");
	}

	@Test
	void refusesAFileOverTheSizeLimitBeforeReadingItAll() {
		List<String> lines = lines("belgian-statement.cod");
		byte[] head = (lines.get(0) + "\r\n" + lines.get(1) + "\r\n").getBytes(WINDOWS_1252);
		byte[] free = (lines.get(22) + "\r\n").getBytes(WINDOWS_1252);
		long total = 200L * 1024 * 1024;
		InputStream endless = new InputStream() {
			private long served;

			@Override
			public int read() {
				return (this.served < total) ? free[(int) (this.served++ % free.length)] : -1;
			}

			@Override
			public int read(byte[] b, int off, int len) {
				if (this.served >= total) {
					return -1;
				}
				for (int i = 0; i < len; i++) {
					b[off + i] = free[(int) (this.served++ % free.length)];
				}
				return len;
			}
		};

		assertRefused(new SequenceInputStream(new ByteArrayInputStream(head), endless), "tooLarge", 100L);
	}

	private void assertRefused(InputStream in, String reason, Object... arguments) {
		StatementProblem problem = problem(() -> this.reader.read(in));
		assertThat(problem.code()).isEqualTo("fundraising.statement.problem." + reason);
		assertThat(problem.arguments()).containsExactly(arguments);
	}

	private static StatementProblem problem(Runnable reading) {
		StatementProblem problem = catchThrowableOfType(StatementProblem.class, reading::run);
		assertThat(problem).as("refused").isNotNull();
		return problem;
	}

	/**
	 * The text with the field at {@code position} (from 1, as in the standard) replaced.
	 */
	private static String set(String line, int position, String field) {
		return line.substring(0, position - 1) + field + line.substring(position - 1 + field.length());
	}

	private static InputStream replaceLine(int number, java.util.function.UnaryOperator<String> change) {
		List<String> lines = lines("belgian-statement.cod");
		lines.set(number - 1, change.apply(lines.get(number - 1)));
		return stream(String.join("\r\n", lines));
	}

	private static InputStream removeLine(int number) {
		List<String> lines = lines("belgian-statement.cod");
		lines.remove(number - 1);
		return stream(String.join("\r\n", lines));
	}

	private static List<String> lines(String name) {
		try (InputStream in = resource(name)) {
			return new ArrayList<>(Arrays.asList(new String(in.readAllBytes(), WINDOWS_1252).split("\r\n")));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static InputStream resource(String name) {
		return CodaReaderTest.class.getResourceAsStream("/fundraising/coda/" + name);
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(WINDOWS_1252));
	}

}
