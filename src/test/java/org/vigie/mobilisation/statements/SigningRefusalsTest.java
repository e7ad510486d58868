package org.vigie.mobilisation.statements;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigie.TestClock;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.Supporter;
import org.vigie.site.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms that must change nothing: forged, expired and cross-site forms, addresses with
 * control characters or of absurd length, enterprise numbers with wrong check digits,
 * over-long fields, and the honeypot. Each gets a clear error in the page's language (the
 * honeypot excepted, answered as if it worked), and no signature nor email follows.
 * Hostile HTML in a name is shown as text.
 */
@MobilisationTest
class SigningRefusalsTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private StatementStore store;

	@Autowired
	private SignatureStore signatures;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@AfterEach
	void clearOutbox() {
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void forgedExpiredAndCrossSiteFormsAreRefused() {
		Statement statement = Statements.open(this.store, this.clock);
		String path = StatementPaths.statement(Language.FR, statement);
		Supporter supporter = Supporter.fromOwnNetwork(this.port);
		Map<String, String> form = Statements.form(supporter, this.clock, path, good("info@forged.be"));

		Map<String, String> forged = new java.util.LinkedHashMap<>(form);
		forged.put("token", form.get("token").substring(0, form.get("token").length() - 2) + "xx");
		HttpResponse<String> refused = supporter.post(path, forged);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(problem(refused)).contains("n’est pas valable");

		HttpResponse<String> crossSite = supporter.post(path, form, "Sec-Fetch-Site", "cross-site");
		assertThat(crossSite.statusCode()).isEqualTo(403);

		Instant before = this.clock.instant();
		try {
			this.clock.advance(Duration.ofHours(4));
			HttpResponse<String> expired = supporter.post(path, form);
			assertThat(expired.statusCode()).isEqualTo(400);
			assertThat(problem(expired)).contains("trop longtemps");
		}
		finally {
			this.clock.set(before);
		}
		Map<String, String> tooFast = Supporter.hiddenFields(supporter.page(path), "form[data-sign-form]");
		tooFast.putAll(good("info@forged.be"));
		assertThat(supporter.post(path, tooFast).statusCode()).isEqualTo(400);
		assertThat(this.signatures.signatures(statement.id())).isEmpty();
	}

	@Test
	void badFieldsGetTheirOwnErrorAndNothingIsRecorded() {
		Statement statement = Statements.open(this.store, this.clock);
		String path = StatementPaths.statement(Language.EN, statement);
		Supporter supporter = Supporter.fromOwnNetwork(this.port);

		assertThat(errors(supporter, path, Map.of("email", "a@example.be\r\nBcc: victim@example.org")))
			.containsEntry("email", "Contact email address : this text holds characters that are not allowed.");
		assertThat(errors(supporter, path, Map.of("email", "two@@example.be"))).containsEntry("email",
				"Contact email address : this email address is not valid.");
		assertThat(errors(supporter, path, Map.of("email", "a".repeat(5000) + "@example.be"))).containsEntry("email",
				"Contact email address : this text is too long.");
		assertThat(errors(supporter, path, Map.of("enterpriseNumber", "0403.170.702"))).containsEntry(
				"enterpriseNumber",
				"Enterprise number (KBO/BCE), optional : the last two digits do not match the rest of the number. "
						+ "Check it in the Crossroads Bank for Enterprises.");
		assertThat(errors(supporter, path, Map.of("enterpriseNumber", "12345"))).containsKey("enterpriseNumber");
		assertThat(errors(supporter, path, Map.of("name", "N".repeat(161)))).containsEntry("name",
				"Organisation's name : this text is too long.");
		assertThat(errors(supporter, path, Map.of("type", "SPY_AGENCY"))).containsKey("type");
		assertThat(errors(supporter, path, Map.of("website", "javascript:alert(1)"))).containsKey("website");
		assertThat(errors(supporter, path, Map.of("consent", "no"))).containsKey("consent");
		assertThat(this.signatures.signatures(statement.id())).isEmpty();
	}

	@Test
	void theHoneypotIsAnsweredAsIfItWorkedAndRecordsNothing() {
		Statement statement = Statements.open(this.store, this.clock);
		String path = StatementPaths.statement(Language.EN, statement);
		Supporter bot = Supporter.fromOwnNetwork(this.port);
		Map<String, String> form = good("bot." + UUID.randomUUID() + "@bot-" + UUID.randomUUID() + ".be");
		form.put("website_url", "http://spam.example");
		Statements.assertSigned(Statements.sign(bot, this.clock, path, form));
		assertThat(this.signatures.signatures(statement.id())).isEmpty();
	}

	@Test
	void hostileHtmlInANameIsShownAsText() throws Exception {
		Statement statement = Statements.open(this.store, this.clock);
		String path = StatementPaths.statement(Language.EN, statement);
		String domain = "xss-" + UUID.randomUUID().toString().substring(0, 8) + ".be";
		String name = "<script>alert('x')</script><img src=x onerror=alert(1)>";
		Supporter supporter = Supporter.fromOwnNetwork(this.port);
		Map<String, String> form = good("info@" + domain);
		form.put("name", name);
		form.put("website", domain);
		Statements.assertSigned(Statements.sign(supporter, this.clock, path, form));
		Statements.confirm(supporter, new Mailbox(mail).await("info@" + domain, 1).get(0));
		Document page = supporter.page(path);
		assertThat(page.select("[data-signatory] [data-name]").text()).isEqualTo(name);
		assertThat(page.select("main script"))
			.allSatisfy((script) -> assertThat(script.html()).doesNotContain("alert"));
		assertThat(page.select("main img")).isEmpty();
	}

	private Map<String, String> errors(Supporter supporter, String path, Map<String, String> changes) {
		Map<String, String> fields = good("ok." + UUID.randomUUID() + "@example.be");
		fields.putAll(changes);
		HttpResponse<String> response = Statements.sign(supporter, this.clock, path, fields);
		assertThat(response.statusCode()).isEqualTo(422);
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		Jsoup.parse(response.body())
			.select("[data-problem] [data-error]")
			.forEach((error) -> errors.put(error.attr("data-error"), error.text()));
		return errors;
	}

	private static Map<String, String> good(String email) {
		return Statements.fields("Organisation " + UUID.randomUUID(), "NGO",
				"site-" + UUID.randomUUID().toString().substring(0, 8) + ".be", email);
	}

	private static String problem(HttpResponse<String> response) {
		return Jsoup.parse(response.body()).select("[data-problem]").text();
	}

}
