package org.vigie.fundraising.statements;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What the fundraiser gets from a bank statement: every movement with what is needed to
 * match it to a gift, and a clear refusal of files that are foreign, hostile or do not
 * add up.
 */
class StatementReaderTest {

	private final StatementReader reader = new StatementReader();

	@Test
	void readsABelgianStatementWithItsGiftsDebitBatchAndPendingEntry() {
		List<Statement> statements = this.reader.read(resource("belgian-statement.xml"));

		assertThat(statements).hasSize(1);
		Statement statement = statements.get(0);
		assertThat(statement.id()).isEqualTo("2026-231");
		assertThat(statement.accountIban()).isEqualTo("BE14063123456783");
		assertThat(statement.currency()).isEqualTo("EUR");
		assertThat(statement.from()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(statement.to()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(statement.openingBalance()).isEqualByComparingTo("12500.00");
		assertThat(statement.closingBalance()).isEqualByComparingTo("12529.50");
		List<Entry> entries = statement.entries();
		assertThat(entries).hasSize(6);

		Entry structured = entries.get(0);
		assertThat(structured.reference()).isEqualTo("2026120100001");
		assertThat(structured.amount()).isEqualByComparingTo("50.00");
		assertThat(structured.isCredit()).isTrue();
		assertThat(structured.status()).isEqualTo(Entry.Status.BOOK);
		assertThat(structured.counterpartyName()).isEqualTo("Amélie Fictive");
		assertThat(structured.counterpartyIban()).isEqualTo("BE58001987654379");
		assertThat(structured.structuredReference()).isEqualTo("000001234526");
		assertThat(structured.unstructuredText()).isNull();

		Entry free = entries.get(1);
		assertThat(free.reference()).isEqualTo("0002");
		assertThat(free.valueDate()).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(free.structuredReference()).isNull();
		assertThat(free.unstructuredText()).isEqualTo("Don pour le projet jeunesse");

		Entry debit = entries.get(2);
		assertThat(debit.amount()).isEqualByComparingTo("-120.50");
		assertThat(debit.isCredit()).isFalse();
		assertThat(debit.counterpartyName()).isEqualTo("Imprimerie Exemple sprl");
		assertThat(debit.counterpartyIban()).isEqualTo("BE22068223344547");

		assertThat(entries.get(3).reference()).isEqualTo("2026120100004#1");
		assertThat(entries.get(3).amount()).isEqualByComparingTo("40.00");
		assertThat(entries.get(3).counterpartyName()).isEqualTo("Marie Exemple");
		assertThat(entries.get(3).structuredReference()).isEqualTo("000006789087");
		assertThat(entries.get(4).reference()).isEqualTo("2026120100004#2");
		assertThat(entries.get(4).amount()).isEqualByComparingTo("35.00");
		assertThat(entries.get(4).unstructuredText()).isEqualTo("Sponsoring 20 km team Vigie");

		Entry pending = entries.get(5);
		assertThat(pending.status()).isEqualTo(Entry.Status.PDNG);
		assertThat(pending.reference()).startsWith("H:");
		assertThat(pending.valueDate()).isEqualTo(pending.bookingDate());
	}

	@Test
	void theHashedReferenceIsTheSameOnEachImportAndDistinctForIdenticalMovements() {
		String twice = text("belgian-statement.xml").replace("    </Stmt>", """
				  <Ntry>
				    <Amt Ccy="EUR">10.00</Amt>
				    <CdtDbtInd>CRDT</CdtDbtInd>
				    <Sts>PDNG</Sts>
				    <BookgDt><Dt>2026-12-01</Dt></BookgDt>
				  </Ntry>
				</Stmt>""");
		List<Entry> first = this.reader.read(stream(twice)).get(0).entries();
		List<Entry> again = this.reader.read(stream(twice)).get(0).entries();

		assertThat(first.get(5).reference()).isEqualTo(again.get(5).reference());
		assertThat(first.get(6).reference()).isEqualTo(first.get(5).reference() + "#2");
	}

	@Test
	void readsEveryStatementOfAVersion08File() {
		List<Statement> statements = this.reader.read(resource("two-statements-v08.xml"));

		assertThat(statements).extracting(Statement::id).containsExactly("2026-232", "2026-233");
		Statement first = statements.get(0);
		assertThat(first.openingBalance()).isEqualByComparingTo("-20.00");
		assertThat(first.from()).isEqualTo(LocalDate.of(2026, 12, 3));
		assertThat(first.entries()).extracting(Entry::reference).containsExactly("V08-1-A", "V08-1#2");
		assertThat(first.entries().get(0).counterpartyName()).isEqualTo("Sofie Testmans");
		assertThat(first.entries().get(0).bookingDate()).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(first.entries().get(0).structuredReference()).isEqualTo("123456789002");
		assertThat(first.entries().get(1).counterpartyName()).isEqualTo("Luc Imaginaire");
		assertThat(statements.get(1).entries()).isEmpty();
	}

	@Test
	void readsEveryVersionFrom02To08ByLocalNames() {
		String statement = text("belgian-statement.xml");
		for (int version = 2; version <= 8; version++) {
			String other = statement.replace("camt.053.001.02", "camt.053.001.0" + version);
			assertThat(this.reader.read(stream(other)).get(0).entries()).as("version " + version).hasSize(6);
		}
	}

	@Test
	void refusesOtherMessageTypes() {
		assertThat(problem(resource("camt054.xml")).code()).isEqualTo("fundraising.statement.problem.notAStatement");
		assertThat(problem(resource("pain001.xml")).code()).isEqualTo("fundraising.statement.problem.notAStatement");
		assertThat(problem(stream(text("belgian-statement.xml").replace("camt.053.001.02", "camt.053.001.01"))).code())
			.isEqualTo("fundraising.statement.problem.notAStatement");
	}

	@Test
	void refusesAnExternalEntityWithoutReadingTheFileItPointsTo() {
		StatementProblem problem = problem(resource("xxe.xml"));

		assertThat(problem.code()).isEqualTo("fundraising.statement.problem.doctype");
		assertThat(problem).message().doesNotContain("root:");
		assertThat(List.of(problem.arguments()).toString()).doesNotContain("root:");
	}

	@Test
	void refusesNestedEntitiesWithoutExpandingThem() {
		long start = System.nanoTime();

		assertThat(problem(resource("billion-laughs.xml")).code()).isEqualTo("fundraising.statement.problem.doctype");
		assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
	}

	@Test
	void refusesAFileOverTheSizeLimitBeforeReadingItAll() {
		byte[] head = text("belgian-statement.xml").replace("</Document>", "").getBytes(StandardCharsets.UTF_8);
		InputStream endless = new InputStream() {
			private long served;

			@Override
			public int read() {
				return (this.served++ < 200L * 1024 * 1024) ? ' ' : -1;
			}

			@Override
			public int read(byte[] b, int off, int len) {
				if (this.served >= 200L * 1024 * 1024) {
					return -1;
				}
				java.util.Arrays.fill(b, off, off + len, (byte) ' ');
				this.served += len;
				return len;
			}
		};

		StatementProblem problem = problem(new SequenceInputStream(new ByteArrayInputStream(head), endless));

		assertThat(problem.code()).isEqualTo("fundraising.statement.problem.tooLarge");
		assertThat(problem.arguments()).containsExactly(100L);
	}

	@Test
	void refusesMalformedXml() {
		String broken = text("belgian-statement.xml").replace("</Ntry>\n      <Ntry>", "</Ntry>\n      <Ntry");

		assertThat(problem(stream(broken)).code()).isEqualTo("fundraising.statement.problem.malformed");
		assertThat(problem(stream("not xml at all")).code()).isEqualTo("fundraising.statement.problem.malformed");
	}

	@Test
	void refusesEntriesWithoutAmountCurrencyOrIndicator() {
		assertRefused("<Amt Ccy=\"EUR\">50.00</Amt>", "", "missing", "Amt", "#1");
		assertRefused("<Amt Ccy=\"EUR\">50.00</Amt>", "<Amt>50.00</Amt>", "missing", "Ccy", "#1");
		assertRefused("<Amt Ccy=\"EUR\">120.50</Amt>\n        <CdtDbtInd>DBIT</CdtDbtInd>",
				"<Amt Ccy=\"EUR\">120.50</Amt>", "missing", "CdtDbtInd", "#3");
		assertRefused("<CdtDbtInd>DBIT</CdtDbtInd>", "<CdtDbtInd>DEBT</CdtDbtInd>", "indicator", "DEBT", "#3");
	}

	@Test
	void refusesNonNumericNegativeAndAbsurdAmounts() {
		assertRefused(">25.00<", ">25,00<", "amount", "25,00", "#2");
		assertRefused(">25.00<", ">vingt-cinq<", "amount", "vingt-cinq", "#2");
		assertRefused(">25.00<", ">-25.00<", "amount", "-25.00", "#2");
		assertRefused(">25.00<", ">1000000000.01<", "absurdAmount", "1000000000.01", "#2");
	}

	@Test
	void refusesAnyCurrencyButTheEuro() {
		assertRefused("<Amt Ccy=\"EUR\">25.00</Amt>", "<Amt Ccy=\"USD\">25.00</Amt>", "currency", "USD", "#2");
		assertRefused("<Ccy>EUR</Ccy>", "<Ccy>CHF</Ccy>", "currency", "CHF", "2026-231");
	}

	@Test
	void refusesAStatementWhoseBalancesDoNotAddUp() {
		assertRefused(">12529.50<", ">12530.50<", "balance", "2026-231", "12529.50", "12530.50");
	}

	@Test
	void refusesABatchWhoseTransactionsDoNotAddUpToIt() {
		assertRefused(">35.00<", ">36.00<", "batch", "#4", "75.00", "76.00");
	}

	@Test
	void refusesABalanceInAnotherCurrency() {
		assertRefused("<Amt Ccy=\"EUR\">12500.00</Amt>", "<Amt Ccy=\"GBP\">12500.00</Amt>", "currency", "GBP", "OPBD");
	}

	@Test
	void takesTheCreationDayWhenThereIsNoPeriodAndRefusesAStatementWithNeither() {
		String text = text("belgian-statement.xml");
		String noPeriod = text.substring(0, text.indexOf("      <FrToDt>"))
				+ text.substring(text.indexOf("</FrToDt>") + "</FrToDt>".length());
		Statement statement = this.reader.read(stream(noPeriod)).get(0);
		assertThat(statement.from()).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(statement.to()).isEqualTo(LocalDate.of(2026, 12, 2));

		String neither = noPeriod.replace(
				"<ElctrncSeqNb>231</ElctrncSeqNb>\n      <CreDtTm>2026-12-02T06:15:00+01:00</CreDtTm>",
				"<ElctrncSeqNb>231</ElctrncSeqNb>");
		assertThat(neither).isNotEqualTo(noPeriod);
		StatementProblem problem = problem(stream(neither));
		assertThat(problem.code()).isEqualTo("fundraising.statement.problem.missing");
		assertThat(problem.arguments()).containsExactly("CreDtTm", "Stmt");
	}

	@Test
	void refusesDeeplyNestedElementsBeforeTheyExhaustTheStack() {
		String deep = "<x>".repeat(100_000) + "</x>".repeat(100_000);
		String text = text("belgian-statement.xml").replace("<Ustrd>Facture 2026-118</Ustrd>", deep);

		StatementProblem problem = problem(stream(text));

		assertThat(problem.code()).isEqualTo("fundraising.statement.problem.nesting");
	}

	@Test
	void refusesAnOverlyLongTextAndQuotesOnlyTheStartOfAWrongValue() {
		assertRefused("Facture 2026-118", "A".repeat(20_000), "textTooLong", "Ustrd", 10_000);
		assertRefused(">25.00<", ">" + "9".repeat(5_000) + "<", "amount", "9".repeat(40) + "…", "#2");
	}

	private void assertRefused(String from, String to, String reason, Object... arguments) {
		String text = text("belgian-statement.xml");
		assertThat(text).contains(from);
		StatementProblem problem = problem(stream(text.replaceFirst(java.util.regex.Pattern.quote(from), to)));
		assertThat(problem.code()).isEqualTo("fundraising.statement.problem." + reason);
		assertThat(problem.arguments()).containsExactly(arguments);
	}

	private StatementProblem problem(InputStream in) {
		StatementProblem problem = catchThrowableOfType(StatementProblem.class, () -> this.reader.read(in));
		assertThat(problem).as("refused").isNotNull();
		return problem;
	}

	private static InputStream resource(String name) {
		return StatementReaderTest.class.getResourceAsStream("/fundraising/camt/" + name);
	}

	private static String text(String name) {
		try (InputStream in = resource(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
