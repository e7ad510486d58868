package org.vigie.fundraising.reconciliation;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.vigie.fundraising.FundraisingFixtures;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.Gifts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times the import of a large statement through {@link StatementImport}, on an H2 file
 * database as the embedded default uses: a third of the entries carry the communication
 * of a gift promised beforehand (through {@link Gifts#promise}, not timed), one in ten is
 * a debit, the others wait for review. Run by {@code bench/fundraising-import.sh} only.
 */
@FundraisingTest
@EnabledIfSystemProperty(named = "vigie.bench.statement", matches = ".+")
@TestPropertySource(properties = {
		"spring.datasource.url=${vigie.bench.database-url:jdbc:h2:file:${java.io.tmpdir}/vigie-import-bench/${random.uuid}/vigie;MODE=Regular;DB_CLOSE_ON_EXIT=FALSE}",
		"spring.datasource.username=${vigie.bench.database-user:sa}",
		"spring.datasource.password=${vigie.bench.database-password:}" })
class StatementImportBenchmark {

	@Autowired
	private StatementImport importer;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private Gifts gifts;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void importsALargeStatement() throws IOException {
		int entries = Integer.getInteger("vigie.bench.entries", 100_000);
		int runs = Integer.getInteger("vigie.bench.runs", 3);
		LocalDate day = LocalDate.of(2026, 11, 2);
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, day);
		List<Long> times = new ArrayList<>();
		StringBuilder report = new StringBuilder();
		for (int run = 0; run < runs; run++) {
			long promising = System.nanoTime();
			List<Gift> promised = new ArrayList<>();
			for (int i = 0; i < entries / 3; i++) {
				promised.add(Promises.transfer(this.gifts, campaign, 2500, "Bench", "Donor", day));
			}
			promising = (System.nanoTime() - promising) / 1_000_000;
			byte[] file = statement(entries, promised, day.toString(), run);
			long start = System.nanoTime();
			ImportSummary summary = this.importer.importFile(new ByteArrayResource(file), "bench", Instant.now());
			long millis = (System.nanoTime() - start) / 1_000_000;
			assertThat(summary.byCommunication()).isEqualTo(promised.size());
			times.add(millis);
			long thanking = System.nanoTime();
			org.awaitility.Awaitility.await("the donors thanked")
				.atMost(java.time.Duration.ofMinutes(5))
				.pollInterval(java.time.Duration.ofMillis(200))
				.until(() -> this.jdbc.sql("select count(*) from fundraising_statement_line where thank_pending")
					.query(Long.class)
					.single() == 0);
			thanking = (System.nanoTime() - thanking) / 1_000_000;
			report.append(
					"run %d: %d entries (%d MB), %d by communication, %d to review, %d debits: %d ms (promising %d gifts took %d ms, thanking them after the import %d ms more)%n"
						.formatted(run + 1, summary.lines(), file.length / (1024 * 1024), summary.byCommunication(),
								summary.toReview(), summary.debits(), millis, promised.size(), promising, thanking));
		}
		List<Long> sorted = times.stream().sorted().toList();
		report.append("median of %d: %d ms (%d to %d)%n".formatted(runs, sorted.get(runs / 2), sorted.get(0),
				sorted.get(runs - 1)));
		Path out = Path.of("target", "bench", "statement-import.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
		System.out.print(report);
	}

	/**
	 * A statement whose entries are a third known gifts, a tenth debits, the rest unknown
	 * credits.
	 */
	private static byte[] statement(int entries, List<Gift> promised, String day, int run) {
		StringBuilder body = new StringBuilder(entries * 420);
		long total = 0;
		int gift = 0;
		for (int i = 0; i < entries; i++) {
			Camt.Line line;
			String reference = "B" + run + "-" + i;
			if (i % 3 == 0 && gift < promised.size()) {
				line = new Camt.Line(reference, 2500, day, "BENCH DONOR", promised.get(gift++).communication().digits(),
						null);
			}
			else if (i % 10 == 1) {
				line = new Camt.Line(reference, -(1000 + i % 5000), day, "Supplier " + i, null, "Invoice");
			}
			else {
				line = new Camt.Line(reference, 500 + i % 20000, day, "Payer " + i, null, "Gift " + i);
			}
			total += line.cents();
			body.append(line.xml("EUR"));
		}
		while (gift < promised.size()) {
			Camt.Line line = new Camt.Line("B" + run + "-x" + gift, 2500, day, "BENCH DONOR",
					promised.get(gift++).communication().digits(), null);
			total += line.cents();
			body.append(line.xml("EUR"));
		}
		String head = new String(Camt.statement(day, day, List.of()), StandardCharsets.UTF_8);
		String closing = BigDecimal.valueOf(100_000 + total, 2).toPlainString();
		int cut = head.indexOf("</Stmt>");
		String withBalance = head.substring(0, cut)
			.replaceFirst("(<Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">)[0-9.]+(</Amt>)", "$1" + closing + "$2");
		return (withBalance + body + head.substring(cut)).getBytes(StandardCharsets.UTF_8);
	}

}
