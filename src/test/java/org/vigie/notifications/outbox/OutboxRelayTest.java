package org.vigie.notifications.outbox;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.SiteTest;
import org.vigie.notifications.Email;
import org.vigie.notifications.Mailer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Emails leave through the outbox: nothing is sent for a rolled-back change, and a failed
 * delivery is retried later.
 */
@SiteTest
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
			.satisfies((message) -> assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.SENT));
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
