package org.vigie.fundraising.reconciliation;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.vigie.HtmlChecker;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file that is not an importable statement (another ISO 20022 message, an entity
 * attack, not XML, another currency, an account with a wrong check digit, fractions of a
 * cent, nothing at all) is refused with the reason, in the fundraiser's language, and
 * nothing is recorded: no import, statement, line, ledger entry or audit entry.
 */
@FundraisingTest
class StatementRefusalTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void foreignHostileOrBrokenFilesAreRefusedWithTheirReasonAndChangeNothing() throws IOException {
		Fundraisers.Signed fundraiser = Fundraisers.signIn(this.context, Role.FUNDRAISER);
		List<Long> before = counts();
		String day = "2026-11-03";
		List<Camt.Line> lines = List.of(Camt.text(2500, day, "Anna", "gift"));

		refused(fundraiser, resource("camt054.xml"), "is not a bank statement (camt.053)");
		refused(fundraiser, resource("pain001.xml"), "is not a bank statement (camt.053)");
		refused(fundraiser, resource("xxe.xml"), "declares a DTD");
		refused(fundraiser, resource("billion-laughs.xml"), "declares a DTD");
		refused(fundraiser, "this is not XML at all".getBytes(StandardCharsets.UTF_8),
				"neither a camt.053 statement (XML) nor a CODA statement");
		refused(fundraiser,
				"<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><broken"
					.getBytes(StandardCharsets.UTF_8),
				"not well-formed XML");
		refused(fundraiser, "0000002122672505        CODA000231 cut short".getBytes(StandardCharsets.UTF_8), "CODA");
		refused(fundraiser, Camt.statement(Camt.ACCOUNT, "USD", day, day, lines),
				"Only euro statements can be imported; found USD");
		refused(fundraiser, Camt.statement("BE14063123456784", "EUR", day, day, lines),
				"is not a valid IBAN (its check digits are wrong)");
		refused(fundraiser,
				new String(Camt.statement(day, day, lines), StandardCharsets.UTF_8)
					.replace("<Amt Ccy=\"EUR\">25.00</Amt>", "<Amt Ccy=\"EUR\">25.001</Amt>")
					.replace("1025.00", "1025.001")
					.getBytes(StandardCharsets.UTF_8),
				"fractions of a cent");
		String unbalanced = new String(Camt.statement(day, day, lines), StandardCharsets.UTF_8).replace("1025.00",
				"1026.00");
		refused(fundraiser, unbalanced.getBytes(StandardCharsets.UTF_8), "does not add up");

		HttpResponse<String> empty = fundraiser.upload(new byte[0]);
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(empty.body()).select("[role=alert]").text())
			.contains("Choose a statement file to import.");

		assertThat(counts()).isEqualTo(before);
	}

	private void refused(Fundraisers.Signed fundraiser, byte[] file, String message) {
		HttpResponse<String> response = fundraiser.upload(file);
		assertThat(response.statusCode()).as(message).isEqualTo(400);
		assertThat(Jsoup.parse(response.body()).select("[role=alert] [data-problem]").text()).as(message)
			.contains(message);
		assertThat(HtmlChecker.check(message, response.body()).errorsNotingWarnings()).isEmpty();
	}

	private List<Long> counts() {
		return List.of(count("fundraising_statement_import"), count("fundraising_statement"),
				count("fundraising_statement_line"), count("fundraising_ledger"),
				this.jdbc.sql("select count(*) from identity_audit where action = 'FUNDRAISING_STATEMENT_IMPORTED'")
					.query(Long.class)
					.single());
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = StatementRefusalTest.class.getResourceAsStream("/fundraising/camt/" + name)) {
			return in.readAllBytes();
		}
	}

}
