package org.vigie.reporting.line;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.TestClock;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffMember;
import org.vigie.reporting.ReportingFixtures;
import org.vigie.reporting.ReportingTest;
import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.vault.RecoveryKey;
import org.vigie.reporting.vault.ReportKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reporter comes back with their receipt over HTTP: the only cookie of the line appears
 * then, scoped to the line, and goes when they close.
 */
@ReportingTest
class LineFollowUpTest {

	@Autowired
	private RecoveryKey recovery;

	@Autowired
	private Reports reports;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private LineThrottle throttle;

	@Value("${local.server.port}")
	private int port;

	private LineClient client;

	private Reporter reporter;

	@BeforeEach
	void lineIsOpen() {
		ReportingFixtures.recoveryKey(this.recovery);
		this.throttle.forget();
		this.client = new LineClient(this.port);
		this.reporter = new Reporter(this.client, this.clock);
	}

	@Test
	void theReporterComesBackReadsTheLinesMessageAndAnswers() {
		HttpResponse<String> receiptPage = this.reporter.submit(Reporter.answers("journey", "MESSAGES"), List.of());
		assertThat(receiptPage.headers().allValues("Set-Cookie")).isEmpty();
		String receipt = Jsoup.parse(receiptPage.body()).selectFirst("code#receipt").text();
		assertThat(receipt).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");
		assertThat(LineFormTest.text(this.client.get(Reporter.FOLLOW_UP + "?saved=1&confirm=1")))
			.contains("Come back here with your receipt");

		HttpResponse<String> opened = this.reporter.typeReceipt(receipt.toLowerCase().replace("-", " "));
		assertThat(opened.statusCode()).isEqualTo(303);
		assertThat(opened.headers().firstValue("Location")).hasValue("follow-up");
		String cookie = opened.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith(PassCookie.NAME + "=")
			.contains("Path=/en/report", "HttpOnly", "SameSite=Strict")
			.doesNotContain("Max-Age", "Expires", "Domain");
		String pass = cookie.substring(0, cookie.indexOf(';'));

		HttpResponse<String> status = this.client.get(Reporter.FOLLOW_UP, "Cookie", pass);
		assertThat(LineFormTest.text(status)).contains("Your report now: received", "No messages yet.");

		analystWrites(receipt, "Which floor of the hotel was it?");
		status = this.client.get(Reporter.FOLLOW_UP, "Cookie", pass);
		assertThat(LineFormTest.text(status)).contains("From the line", "Which floor of the hotel was it?");

		Map<String, String> reply = LineClient.fields(status.body(), 0);
		reply.put("text", "The third floor.");
		this.clock.advance(java.time.Duration.ofSeconds(4));
		HttpResponse<String> sent = this.client.postMultipart(Reporter.FOLLOW_UP, reply, List.of(), "Cookie", pass);
		assertThat(sent.statusCode()).as(LineFormTest.text(sent)).isEqualTo(303);
		assertThat(LineFormTest.text(this.client.get(Reporter.FOLLOW_UP, "Cookie", pass))).contains("From you",
				"The third floor.");

		Map<String, String> close = LineClient.fields(status.body(), 1);
		HttpResponse<String> closed = this.client.post(Reporter.FOLLOW_UP, close, "Cookie", pass);
		assertThat(closed.headers().firstValue("Set-Cookie").orElseThrow()).startsWith(PassCookie.NAME + "=;")
			.contains("Max-Age=0", "Path=/en/report");
		assertThat(LineFormTest.text(closed)).contains("Follow-up closed");
	}

	@Test
	void aWrongReceiptOpensNothingAndSetsNoCookie() {
		HttpResponse<String> answer = this.reporter.typeReceipt("ABCD-EFGH-JKMN-PQRS-TVWX");
		assertThat(answer.statusCode()).isEqualTo(422);
		assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(LineFormTest.text(answer)).contains("This receipt does not open any report.");
		assertThat(this.client.get(Reporter.FOLLOW_UP, "Cookie", PassCookie.NAME + "=forged").body())
			.contains("name=\"receipt\"");
	}

	private void analystWrites(String receipt, String text) {
		UUID id = this.jdbc.sql("select id from reporting_report where locator = ?")
			.param(receipt.substring(0, 4))
			.query(UUID.class)
			.single();
		StaffMember analyst = ReportingFixtures.analyst(this.accounts, "Line");
		ReportKey key = this.reports.key(id, this.recovery.open(ReportingFixtures.recoveryKey(this.recovery)))
			.orElseThrow();
		this.reports.analystWrites(key, this.accounts.withPermissions(analyst.getId()), text);
	}

}
