package org.vigie.mobilisation.statements;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

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
import org.vigie.site.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisations sign through the public page: an address at the organisation's own domain
 * puts it on the list with its badge once confirmed; any other address waits for staff;
 * the same organisation signing again, under another spelling or from its domain, stays
 * one signature and gets the same answer.
 */
@MobilisationTest
class SigningTest {

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
	void anAddressAtTheOrganisationsDomainConfirmsAndListsItWithItsBadge() throws Exception {
		Statement statement = Statements.open(this.store, this.clock);
		String path = StatementPaths.statement(Language.EN, statement);
		String domain = "ligue-" + UUID.randomUUID().toString().substring(0, 8) + ".be";
		String email = "info@" + domain;
		Supporter organisation = Supporter.fromOwnNetwork(this.port);

		HttpResponse<String> signed = Statements.sign(organisation, this.clock, path,
				Statements.fields("Ligue des Droits ASBL", "NGO", "https://www." + domain + "/", email));
		Statements.assertSigned(signed);
		assertThat(organisation.page(Statements.location(signed)).select("[data-notice]").text())
			.contains("confirmation email is on its way");
		assertThat(Statements.names(organisation, path)).isEmpty();

		MimeMessage message = new Mailbox(mail).await(email, 1).get(0);
		assertThat(Mailbox.text(message)).contains("Ligue des Droits ASBL").contains("/en/act/my-data/");
		HttpResponse<String> confirmed = Statements.confirm(organisation, message);
		assertThat(Statements.location(confirmed)).isEqualTo(path + "?confirmed");

		Document page = organisation.page(path);
		assertThat(Statements.names(organisation, path)).containsExactly("Ligue des Droits ASBL");
		assertThat(page.select("[data-signatory] [data-badge]").eachText())
			.containsExactly("address verified at the domain");
		assertThat(page.select("[data-count]").text()).isEqualTo("1 organisation has signed");
		List<MimeMessage> mails = new Mailbox(mail).await(email, 2);
		assertThat(Mailbox.links(mails.get(1))).anyMatch((link) -> link.contains(path + "/withdraw/"));
		assertThat(organisation.hasCookies()).isFalse();
	}

	@Test
	void anotherAddressConfirmsButWaitsForStaff() throws Exception {
		Statement statement = Statements.open(this.store, this.clock);
		String path = StatementPaths.statement(Language.FR, statement);
		String email = "ecole." + UUID.randomUUID() + "@gmail.com";
		Supporter organisation = Supporter.fromOwnNetwork(this.port);
		Statements.assertSigned(Statements.sign(organisation, this.clock, path,
				Statements.fields("École Saint-Luc", "SCHOOL", "saint-luc-" + UUID.randomUUID() + ".be", email)));
		HttpResponse<String> confirmed = Statements.confirm(organisation, new Mailbox(mail).await(email, 1).get(0));
		assertThat(Statements.location(confirmed)).isEqualTo(path + "?review");
		assertThat(Statements.names(organisation, path)).isEmpty();
		Signatory waiting = this.signatures.signatures(statement.id()).get(0);
		assertThat(waiting.awaitingReview()).isTrue();
		assertThat(waiting.listed()).isFalse();
	}

}
