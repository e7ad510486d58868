package org.vigie.notifications.outbox;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.SiteTest;
import org.vigie.notifications.Attachment;
import org.vigie.notifications.Email;
import org.vigie.notifications.MailParts;
import org.vigie.notifications.Mailer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Emails leave through the outbox: nothing is sent for a rolled-back change, and a failed
 * delivery is retried later.
 */
@SiteTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"spring.mail.properties.mail.smtp.starttls.enable=false", "vigie.mail.relay-interval=PT1H" })
class OutboxRelayTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	private Mailer mailer;

	@Autowired
	private OutboxRelay relay;

	@Autowired
	private OutboxRepository outbox;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private Clock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ObjectProvider<JavaMailSender> smtpProvider;

	@Test
	void deliversCommittedEmailsOverSmtp() throws Exception {
		this.transactions.executeWithoutResult((status) -> this.mailer
			.send(new Email("reader@example.org", "Élan\nInjected: header", "Bonjour,\nvoici le texte.")));

		this.relay.deliverDue();

		MimeMessage[] received = mail.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("Élan Injected: header");
		assertThat(received[0].getHeader("Injected")).isNull();
		assertThat(GreenMailUtil.getBody(received[0])).contains("voici le texte");
		assertThat(this.outbox.findAll()).filteredOn((message) -> message.getRecipient().equals("reader@example.org"))
			.singleElement()
			.satisfies((message) -> {
				assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
				assertThat(message.getBody()).as("a delivered body, which may hold a live link, is removed")
					.doesNotContain("voici le texte");
			});
	}

	@Test
	void withoutSmtpWritesBodiesToTheLogOnlyInDevelopmentAndNeverAddresses(CapturedOutput output) {
		ObjectProvider<JavaMailSender> noSmtp = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
		this.transactions.executeWithoutResult((status) -> this.mailer
			.send(new Email("quiet@example.org", "Reset", "Open https://example.org/admin/password-reset/SECRET1")));

		new OutboxRelay(this.outbox, noSmtp, this.transactions, this.clock, "Vigie <a@b>", false, Duration.ofDays(7))
			.deliverDue();

		assertThat(output.getAll()).doesNotContain("SECRET1").doesNotContain("quiet@example.org");
		assertThat(kept("quiet@example.org").getStatus()).isEqualTo(OutboxMessage.Status.PENDING);

		this.transactions.executeWithoutResult((status) -> this.mailer
			.send(new Email("dev@example.org", "Reset", "Open https://example.org/admin/password-reset/SECRET2")));
		new OutboxRelay(this.outbox, noSmtp, this.transactions, this.clock, "Vigie <a@b>", true, Duration.ofDays(7))
			.deliverDue();

		assertThat(output.getAll()).contains("SECRET2").doesNotContain("dev@example.org");
		assertThat(kept("dev@example.org").getBody()).doesNotContain("SECRET2");
	}

	private OutboxMessage kept(String recipient) {
		return this.outbox.findAll()
			.stream()
			.filter((message) -> message.getRecipient().equals(recipient))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void forgetsTheRecordsOfEmailsDoneAWeekAgo() {
		String to = "week." + System.nanoTime() + "@example.org";
		this.transactions.executeWithoutResult((status) -> this.mailer.send(new Email(to, "Old", "Text")));
		this.relay.deliverDue();
		assertThat(this.outbox.findAll()).filteredOn((message) -> message.getRecipient().equals(to)).hasSize(1);
		new OutboxRelay(this.outbox, this.smtpProvider, this.transactions, Clock.offset(this.clock, Duration.ofDays(6)),
				"Vigie <a@b>", false, Duration.ofDays(7))
			.deliverDue();
		assertThat(this.outbox.findAll()).filteredOn((message) -> message.getRecipient().equals(to)).hasSize(1);
		new OutboxRelay(this.outbox, this.smtpProvider, this.transactions, Clock.offset(this.clock, Duration.ofDays(8)),
				"Vigie <a@b>", false, Duration.ofDays(7))
			.deliverDue();
		assertThat(this.outbox.findAll()).as("the address is gone a week after the email left")
			.noneMatch((message) -> message.getRecipient().equals(to));
	}

	@Test
	void sendsAttachmentsAsPartsOfAMultipartMessageAndForgetsThemOnceSent() throws Exception {
		String to = "invited." + System.nanoTime() + "@example.org";
		byte[] calendar = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff };
		this.transactions
			.executeWithoutResult((status) -> this.mailer.send(
					new Email(to, "Invitation", "Voici votre invitation.", Map.of("List-Id", "<events.example.org>"),
							List.of(new Attachment("../../étrange nom.ics",
									"text/calendar; charset=utf-8; method=REQUEST", calendar),
									new Attachment("ticket.png", "image/png", png)))));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notifications_outbox_attachment a"
						+ " join notifications_outbox m on m.id = a.outbox_id where m.recipient = ?",
				Integer.class, to))
			.isEqualTo(2);

		this.relay.deliverDue();

		MimeMessage received = mail.getReceivedMessagesForDomain(to)[0];
		assertThat(received.getHeader("List-Id")).containsExactly("<events.example.org>");
		MailParts parsed = MailParts.of(received);
		assertThat(parsed.text()).contains("Voici votre invitation.");
		assertThat(parsed.attachments()).extracting(MailParts.Part::filename)
			.containsExactly("trange-nom.ics", "ticket.png");
		assertThat(parsed.attachments().get(0).contentType()).startsWith("text/calendar").contains("method=REQUEST");
		assertThat(parsed.attachments().get(0).bytes()).isEqualTo(calendar);
		assertThat(parsed.attachments().get(1).bytes()).isEqualTo(png);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notifications_outbox_attachment a"
						+ " join notifications_outbox m on m.id = a.outbox_id where m.recipient = ?",
				Integer.class, to))
			.as("a ticket, like a live link, does not stay in the outbox once sent")
			.isZero();
	}

	@Test
	void forgetsTheAttachmentsOfAnEmailGivenUp() {
		String to = "given.up." + System.nanoTime() + "@example.org";
		mail.stop();
		this.transactions.executeWithoutResult((status) -> this.mailer.send(new Email(to, "Ticket", "Text")
			.with(new Attachment("ticket.png", "image/png", new byte[] { 1, 2, 3 }))));
		for (int attempt = 0; attempt < OutboxMessage.MAX_ATTEMPTS; attempt++) {
			new OutboxRelay(this.outbox, this.smtpProvider, this.transactions,
					Clock.offset(this.clock, Duration.ofDays(attempt)), "Vigie <a@b>", false, Duration.ofDays(30))
				.deliverDue();
		}

		assertThat(kept(to).getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notifications_outbox_attachment a"
						+ " join notifications_outbox m on m.id = a.outbox_id where m.recipient = ?",
				Integer.class, to))
			.as("an email given up keeps no attachment")
			.isZero();
	}

	@Test
	void sendsNothingForARolledBackChange() {
		long before = this.outbox.count();
		this.transactions.executeWithoutResult((status) -> {
			this.mailer.send(new Email("nobody@example.org", "Never", "Never sent"));
			status.setRollbackOnly();
		});

		this.relay.deliverDue();

		assertThat(this.outbox.count()).isEqualTo(before);
		assertThat(mail.getReceivedMessages()).isEmpty();
	}

	@Test
	void keepsAnUndeliverableEmailForALaterAttempt() {
		mail.stop();
		this.transactions
			.executeWithoutResult((status) -> this.mailer.send(new Email("later@example.org", "Later", "Retry me")));

		this.relay.deliverDue();

		OutboxMessage kept = this.outbox.findAll()
			.stream()
			.filter((message) -> message.getRecipient().equals("later@example.org"))
			.findFirst()
			.orElseThrow();
		assertThat(kept.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
		assertThat(kept.getAttempts()).isEqualTo(1);
	}

}
