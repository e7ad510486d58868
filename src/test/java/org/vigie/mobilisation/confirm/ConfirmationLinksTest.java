package org.vigie.mobilisation.confirm;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.TestClock;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.Supporter;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.notifications.Email;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Confirmation links as a person and a mail scanner meet them: opening a link changes
 * nothing, the POST confirms once, repeating is harmless, forged, expired and cross-site
 * confirmations are refused, and an address gets a bounded number of confirmation emails
 * a day whatever asks for them.
 */
@MobilisationTest
class ConfirmationLinksTest {

	private static final String KIND = "CORE_TEST";

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private Confirmations confirmations;

	@Autowired
	private MailAllowance allowance;

	@Autowired
	private People people;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@Autowired
	private ConfigurableApplicationContext context;

	private final Recorder recorder = new Recorder();

	@BeforeEach
	void addHandler() {
		factory().registerSingleton("coreTestConfirmationHandler", this.recorder);
	}

	@AfterEach
	void removeHandler() {
		factory().destroySingleton("coreTestConfirmationHandler");
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void openingTheLinkChangesNothingAndTheButtonConfirmsOnce() throws Exception {
		EmailAddress email = EmailAddress.parse("noor." + UUID.randomUUID() + "@example.org").orElseThrow();
		UUID subject = UUID.randomUUID();
		assertThat(request(email, subject, Language.NL)).isTrue();
		MimeMessage message = new Mailbox(mail).await(email.value(), 1).get(0);
		String link = Mailbox.links(message)
			.stream()
			.filter((l) -> l.contains("/bevestigen/"))
			.findFirst()
			.orElseThrow();

		Supporter scanner = Supporter.fromOwnNetwork(this.port);
		Document page = scanner.page(link);
		assertThat(page.select("[data-what]").text()).isEqualTo("test " + subject);
		assertThat(page.select("form[data-auto-confirm] button").text()).isEqualTo("Ik bevestig");
		assertThat(page.select("script[src=/js/mobilisation-confirm.js]")).hasSize(1);
		scanner.page(link);
		assertThat(this.recorder.calls).isEmpty();

		Supporter person = Supporter.fromOwnNetwork(this.port);
		String path = Supporter.action(page, "form[data-auto-confirm]");
		HttpResponse<String> confirmed = person.post(path, Map.of());
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(confirmed.headers().firstValue("Location").orElseThrow()).endsWith("/done/" + subject);
		HttpResponse<String> again = person.post(path, Map.of());
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(this.recorder.calls).containsExactly(subject + ":true", subject + ":false");
		assertThat(person.page(link).select("[role=status]").text()).contains("al bevestigd");
		assertThat(person.hasCookies()).isFalse();
	}

	@Test
	void forgedExpiredAndCrossSiteConfirmationsAreRefusedAndConfirmNothing() throws Exception {
		EmailAddress email = EmailAddress.parse("lea." + UUID.randomUUID() + "@example.org").orElseThrow();
		UUID subject = UUID.randomUUID();
		request(email, subject, Language.FR);
		String link = Mailbox.links(new Mailbox(mail).await(email.value(), 1).get(0))
			.stream()
			.filter((l) -> l.contains("/confirmer/"))
			.findFirst()
			.orElseThrow();
		String path = link.substring(link.indexOf("/fr/"));
		Supporter person = Supporter.fromOwnNetwork(this.port);

		HttpResponse<String> crossSite = person.post(path, Map.of(), "Sec-Fetch-Site", "cross-site");
		assertThat(crossSite.statusCode()).isEqualTo(403);
		String forgedPath = path.substring(0, path.length() - 4) + (path.endsWith("AAAA") ? "BBBB" : "AAAA");
		HttpResponse<String> forged = person.post(forgedPath, Map.of());
		assertThat(forged.statusCode()).isEqualTo(404);
		assertThat(person.get(forgedPath).body()).contains("n’existe pas");
		assertThat(person.get("/fr/agir/confirmer/%0d%0aSet-Cookie:x").statusCode()).isIn(400, 404);
		assertThat(this.recorder.calls).isEmpty();

		Instant before = this.clock.instant();
		try {
			this.clock.advance(Duration.ofDays(4));
			assertThat(person.get(path).statusCode()).isEqualTo(410);
			HttpResponse<String> expired = person.post(path, Map.of());
			assertThat(expired.statusCode()).isEqualTo(410);
			assertThat(expired.body()).contains("a expiré");
			assertThat(this.recorder.calls).isEmpty();
		}
		finally {
			this.clock.set(before);
		}
	}

	@Test
	void anAddressGetsAtMostItsDailyShareOfConfirmationEmails() throws Exception {
		EmailAddress email = EmailAddress.parse("target." + UUID.randomUUID() + "@example.org").orElseThrow();
		int sent = 0;
		for (int i = 0; i < this.allowance.perDay() + 4; i++) {
			sent += request(email, UUID.randomUUID(), Language.EN) ? 1 : 0;
		}
		assertThat(sent).isEqualTo(this.allowance.perDay());
		EmailAddress differentCase = EmailAddress.parse(email.value().toUpperCase()).orElseThrow();
		assertThat(request(differentCase, UUID.randomUUID(), Language.EN)).isFalse();
		new Mailbox(mail).await(email.value(), this.allowance.perDay());
		assertThat(mail.getReceivedMessagesForDomain(email.value())).hasSize(this.allowance.perDay());

		Instant before = this.clock.instant();
		try {
			this.clock.advance(Duration.ofDays(1));
			assertThat(request(email, UUID.randomUUID(), Language.EN)).isTrue();
		}
		finally {
			this.clock.set(before);
		}
	}

	@Test
	void addressesWithControlCharactersOrOfAbsurdLengthAreNotAddresses() {
		assertThat(EmailAddress.parse("a@example.org\r\nBcc: victim@example.org")).isEmpty();
		assertThat(EmailAddress.parse("a\u0000b@example.org")).isEmpty();
		assertThat(EmailAddress.parse("a".repeat(5000) + "@example.org")).isEmpty();
		assertThat(EmailAddress.parse("no-at-sign.example.org")).isEmpty();
		assertThat(EmailAddress.parse("two@@example.org")).isEmpty();
		assertThat(EmailAddress.parse(" Noor@Example.ORG ").orElseThrow().value()).isEqualTo("Noor@example.org");
		assertThat(EmailAddress.parse("info@ecole-été.be").orElseThrow().domain()).startsWith("xn--ecole-")
			.endsWith(".be");
	}

	private boolean request(EmailAddress email, UUID subject, Language language) {
		UUID person = this.people.person(email, language, this.clock.instant());
		Boolean sent = this.transactions
			.execute((status) -> this.confirmations.request(KIND, subject, person, email, language,
					(link) -> new Email(email.value(), "Confirm", "Please confirm: " + link), this.clock.instant()));
		return Boolean.TRUE.equals(sent);
	}

	private DefaultListableBeanFactory factory() {
		return (DefaultListableBeanFactory) this.context.getBeanFactory();
	}

	/** A kind of sign-up that records how it was confirmed. */
	static final class Recorder implements ConfirmationHandler {

		final List<String> calls = new CopyOnWriteArrayList<>();

		@Override
		public String kind() {
			return KIND;
		}

		@Override
		public String confirmed(UUID subjectId, UUID personId, Language language, boolean first, Instant now) {
			this.calls.add(subjectId + ":" + first);
			return "/" + language.code() + "/done/" + subjectId;
		}

		@Override
		public String describe(UUID subjectId, Language language) {
			return "test " + subjectId;
		}

	}

}
