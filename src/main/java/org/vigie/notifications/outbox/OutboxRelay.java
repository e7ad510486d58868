package org.vigie.notifications.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. Each node claims a message before sending it, so several nodes
 * never send the same one twice. Without an SMTP server configured
 * ({@code SPRING_MAIL_HOST}), emails are written to the log instead, which is what a
 * first trial run needs; a warning says so.
 */
@Component
class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final Duration CLAIM = Duration.ofMinutes(2);

	private final OutboxRepository outbox;

	private final ObjectProvider<JavaMailSender> smtp;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String from;

	OutboxRelay(OutboxRepository outbox, ObjectProvider<JavaMailSender> smtp, TransactionTemplate transactions,
			Clock clock, @Value("${vigie.mail.from:Vigie <no-reply@localhost>}") String from) {
		this.outbox = outbox;
		this.smtp = smtp;
		this.transactions = transactions;
		this.clock = clock;
		this.from = from;
		if (smtp.getIfAvailable() == null) {
			log.warn("No SMTP server configured (SPRING_MAIL_HOST): emails are written to this log, not sent.");
		}
	}

	@Scheduled(fixedDelayString = "${vigie.mail.relay-interval:PT5S}")
	void deliverDue() {
		Instant now = this.clock.instant();
		log.trace("Looking for emails due at {}", now);
		for (Long id : this.outbox.findDue(now, PageRequest.of(0, 50))) {
			Boolean claimed = this.transactions.execute((status) -> this.outbox.claim(id, now, now.plus(CLAIM)) == 1);
			if (Boolean.TRUE.equals(claimed)) {
				deliver(id);
			}
		}
	}

	private void deliver(long id) {
		OutboxMessage message = this.outbox.findById(id).orElseThrow();
		String error = null;
		try {
			JavaMailSender sender = this.smtp.getIfAvailable();
			if (sender == null) {
				log.info("Email to {}: {}\n{}", message.getRecipient(), message.getSubject(), message.getBody());
			}
			else {
				MimeMessage mime = sender.createMimeMessage();
				MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
				helper.setFrom(new InternetAddress(this.from));
				helper.setTo(message.getRecipient());
				helper.setSubject(message.getSubject());
				helper.setText(message.getBody());
				sender.send(mime);
				log.debug("Email {} sent to {}", id, message.getRecipient());
			}
		}
		catch (Exception ex) {
			error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			log.warn("Email {} to {} not delivered: {}", id, message.getRecipient(), error);
		}
		String failure = error;
		this.transactions.executeWithoutResult((status) -> {
			OutboxMessage current = this.outbox.findById(id).orElseThrow();
			if (failure == null) {
				current.sent(this.clock.instant());
			}
			else {
				current.failed(failure, this.clock.instant());
			}
		});
	}

}
