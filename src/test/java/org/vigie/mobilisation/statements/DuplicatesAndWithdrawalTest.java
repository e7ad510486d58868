package org.vigie.mobilisation.statements;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
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
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.mobilisation.people.PersonalData;
import org.vigie.site.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One organisation, one signature: the same domain or name signing again, a double click
 * and concurrent posts give one signature and the same answer; the organisation withdraws
 * with its emailed link (opening it changes nothing); a contact's data are exported,
 * erased and, unconfirmed, forgotten.
 */
@MobilisationTest
class DuplicatesAndWithdrawalTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private StatementStore store;

	@Autowired
	private SignatureStore signatures;

	@Autowired
	private People people;

	@Autowired
	private List<PersonalData> personalData;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@AfterEach
	void clearOutbox() {
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void aStatementSignedTwiceByTheSameDomainIsOneSignatureWithTheSameAnswer() throws Exception {
		Statement statement = Statements.open(this.store, this.clock);
		String path = StatementPaths.statement(Language.EN, statement);
		String domain = "twice-" + UUID.randomUUID().toString().substring(0, 8) + ".be";
		Supporter first = Supporter.fromOwnNetwork(this.port);
		HttpResponse<String> one = Statements.sign(first, this.clock, path,
				Statements.fields("Twice Org", "NGO", domain, "info@" + domain));
		Statements.confirm(first, new Mailbox(mail).await("info@" + domain, 1).get(0));
		HttpResponse<String> two = Statements.sign(Supporter.fromOwnNetwork(this.port), this.clock, path,
				Statements.fields("Another Name", "UNION", "https://www." + domain, "director@" + domain));
		HttpResponse<String> three = Statements.sign(Supporter.fromOwnNetwork(this.port), this.clock, path, Statements
			.fields("twice org vzw", "NGO", "elsewhere-" + domain, "x." + UUID.randomUUID() + "@gmail.com"));
		for (HttpResponse<String> answer : List.of(one, two, three)) {
			assertThat(answer.statusCode()).isEqualTo(302);
			assertThat(Statements.location(answer)).isEqualTo(path + "?signed");
			assertThat(answer.body()).isEqualTo(one.body());
		}
		assertThat(this.signatures.signatures(statement.id())).hasSize(1);
		assertThat(Statements.names(first, path)).containsExactly("Twice Org");
		assertThat(first.page(path).select("[data-count]").text()).isEqualTo("1 organisation has signed");
	}

	@Test
	void concurrentPostsOfOneFormGiveOneSignatureAndOneEmail() throws Exception {
		Statement statement = Statements.open(this.store, this.clock);
		String path = StatementPaths.statement(Language.EN, statement);
		String domain = "double-" + UUID.randomUUID().toString().substring(0, 8) + ".be";
		Supporter clicker = Supporter.fromOwnNetwork(this.port);
		Map<String, String> form = Statements.form(clicker, this.clock, path,
				Statements.fields("Double Click", "NGO", domain, "info@" + domain));
		List<Callable<Integer>> posts = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			posts.add(() -> clicker.post(path, form).statusCode());
		}
		ExecutorService pool = Executors.newFixedThreadPool(12);
		try {
			for (Future<Integer> status : pool.invokeAll(posts)) {
				assertThat(status.get()).isEqualTo(302);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.signatures.signatures(statement.id())).hasSize(1);
		assertThat(this.signatures.submissions(this.signatures.signatures(statement.id()).get(0).id())).hasSize(1);
		// Emails are written to the outbox in the form's own transaction: the outbox
		// holds
		// all there will ever be, so no waiting is needed to know no second one comes.
		assertThat(this.jdbc.sql("select count(*) from notifications_outbox where recipient = ?")
			.param("info@" + domain)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(new Mailbox(mail).await("info@" + domain, 1)).hasSize(1);
	}

	@Test
	void concurrentFormsFromSeveralContactsOfOneOrganisationGiveOneSignature() throws Exception {
		Statement statement = Statements.open(this.store, this.clock);
		String path = StatementPaths.statement(Language.EN, statement);
		String domain = "crowd-" + UUID.randomUUID().toString().substring(0, 8) + ".be";
		List<Callable<Integer>> posts = new ArrayList<>();
		for (int s = 0; s < 4; s++) {
			Supporter colleague = Supporter.fromOwnNetwork(this.port);
			Map<String, String> form = Statements.form(colleague, this.clock, path,
					Statements.fields("Crowd Org", "NGO", domain, "x@" + domain));
			for (int i = 0; i < 10; i++) {
				Map<String, String> mine = new java.util.LinkedHashMap<>(form);
				mine.put("email", "person" + s + "-" + i + "@" + domain);
				mine.put("name", (i % 2 == 0) ? "Crowd Org" : "CROWD ORG asbl");
				posts.add(() -> colleague.post(path, mine).statusCode());
			}
		}
		ExecutorService pool = Executors.newFixedThreadPool(posts.size());
		try {
			for (Future<Integer> status : pool.invokeAll(posts)) {
				assertThat(status.get()).isEqualTo(302);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.signatures.signatures(statement.id())).hasSize(1);
		assertThat(this.signatures.submissions(this.signatures.signatures(statement.id()).get(0).id())).hasSize(40);
	}

	@Test
	void anOrganisationWithdrawsWithItsLinkAndOpeningItChangesNothing() throws Exception {
		Statement statement = Statements.open(this.store, this.clock);
		String path = StatementPaths.statement(Language.FR, statement);
		String domain = "retrait-" + UUID.randomUUID().toString().substring(0, 8) + ".be";
		Supporter org = Supporter.fromOwnNetwork(this.port);
		Statements.sign(org, this.clock, path, Statements.fields("Retrait ASBL", "NGO", domain, "info@" + domain));
		Statements.confirm(org, new Mailbox(mail).await("info@" + domain, 1).get(0));
		MimeMessage listed = new Mailbox(mail).await("info@" + domain, 2).get(1);
		String link = Mailbox.links(listed).stream().filter((l) -> l.contains("/retrait/")).findFirst().orElseThrow();
		assertThat(Mailbox.text(listed)).contains("/fr/agir/mes-donnees/");

		Document page = org.page(link);
		org.page(link);
		assertThat(page.select("[data-withdraw-what]").text()).contains("Retrait ASBL");
		assertThat(Statements.names(org, path)).containsExactly("Retrait ASBL");
		String action = Supporter.action(page, "form[data-withdraw-form]");
		assertThat(org.post(action, Map.of(), "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
		String forged = action.substring(0, action.length() - 3) + (action.endsWith("aaa") ? "bbb" : "aaa");
		assertThat(org.post(forged, Map.of()).statusCode()).isEqualTo(404);
		assertThat(Statements.names(org, path)).containsExactly("Retrait ASBL");

		HttpResponse<String> withdrawn = org.post(action, Map.of());
		assertThat(Statements.location(withdrawn)).isEqualTo(path + "?withdrawn");
		assertThat(Statements.names(org, path)).isEmpty();
		assertThat(org.page(path).select("[data-count]").text()).isEqualTo("Aucune organisation n’a encore signé");
		assertThat(org.post(action, Map.of()).statusCode()).isEqualTo(302);
	}

	@Test
	void aContactsDataAreExportedErasedAndUnconfirmedFormsForgotten() throws Exception {
		Statement statement = Statements.open(this.store, this.clock);
		String path = StatementPaths.statement(Language.EN, statement);
		String domain = "privacy-" + UUID.randomUUID().toString().substring(0, 8) + ".be";
		Supporter org = Supporter.fromOwnNetwork(this.port);
		Statements.sign(org, this.clock, path, Statements.fields("Privacy Org", "NGO", domain, "info@" + domain));
		Statements.confirm(org, new Mailbox(mail).await("info@" + domain, 1).get(0));
		UUID person = this.people.find(EmailAddress.parse("info@" + domain).orElseThrow()).orElseThrow();
		PersonalData statements = this.personalData.stream()
			.filter((part) -> part.area().equals("statements"))
			.findFirst()
			.orElseThrow();
		assertThat(statements.export(person)).extracting(PersonalData.Item::value)
			.anySatisfy((value) -> assertThat(value).contains("Privacy Org").contains("Camille Contact"));

		statements.erase(person, this.clock.instant());
		assertThat(statements.export(person)).extracting(PersonalData.Item::value)
			.noneSatisfy((value) -> assertThat(value).contains("Camille Contact"));
		assertThat(Statements.names(org, path)).containsExactly("Privacy Org");

		String other = "unconfirmed-" + UUID.randomUUID().toString().substring(0, 8) + ".be";
		Statements.sign(org, this.clock, path, Statements.fields("Never Confirmed", "NGO", other, "info@" + other));
		assertThat(this.signatures.signatures(statement.id())).hasSize(2);
		Instant before = this.clock.instant();
		try {
			this.clock.advance(Duration.ofDays(8));
			assertThat(statements.forgetUnconfirmed(this.clock.instant().minus(Duration.ofDays(7))))
				.isGreaterThanOrEqualTo(1);
		}
		finally {
			this.clock.set(before);
		}
		assertThat(this.signatures.signatures(statement.id())).extracting(Signatory::name)
			.containsExactly("Privacy Org");
	}

}
