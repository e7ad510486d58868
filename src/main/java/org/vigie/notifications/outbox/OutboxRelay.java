package org.vigie.notifications.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.notifications.Attachment;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox, as a plain-text message or, with attachments, a multipart one.
 * Each node claims a message before sending it, so several nodes never send the same one
 * twice. Without an SMTP server configured ({@code SPRING_MAIL_HOST}), emails are written
 * to the log only in development ({@code VIGIE_MAIL_LOG_BODIES=true}), since their bodies
 * hold live links; otherwise they wait in the outbox and are retried. Recipients'
 * addresses are logged at debug level only, and the record of an email sent or given up
 * is deleted after {@code vigie.mail.keep-done} (7 days by default), checked once an
 * hour: a learner's or a donor's address does not stay in the outbox after its purpose is
 * over.
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

	private final boolean logBodies;

	private final Duration keepDone;

	private volatile Instant nextForget = Instant.MIN;

	OutboxRelay(OutboxRepository outbox, ObjectProvider<JavaMailSender> smtp, TransactionTemplate transactions,
			Clock clock, @Value("${vigie.mail.from:Vigie <no-reply@localhost>}") String from,
			@Value("${vigie.mail.log-bodies:false}") boolean logBodies,
			@Value("${vigie.mail.keep-done:P7D}") Duration keepDone) {
		this.outbox = outbox;
		this.smtp = smtp;
		this.transactions = transactions;
		this.clock = clock;
		this.from = from;
		this.logBodies = logBodies;
		this.keepDone = keepDone;
		if (smtp.getIfAvailable() == null) {
			log.warn(logBodies
					? "No SMTP server configured (SPRING_MAIL_HOST): emails are written to this log, not sent"
							+ " (VIGIE_MAIL_LOG_BODIES, for development only)."
					: "No SMTP server configured (SPRING_MAIL_HOST): emails wait in the outbox, unsent.");
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
		if (!now.isBefore(this.nextForget)) {
			this.transactions.executeWithoutResult((status) -> this.outbox.forgetDone(now.minus(this.keepDone)));
			this.nextForget = now.plus(Duration.ofHours(1));
		}
	}

	private void deliver(long id) {
		OutboxMessage message = this.outbox.findById(id).orElseThrow();
		String error = null;
		try {
			JavaMailSender sender = this.smtp.getIfAvailable();
			if (sender == null && this.logBodies) {
				log.debug("Email {} is for {}", id, message.getRecipient());
				log.info("Email {} (development: logged, not sent): {}\n{}", id, message.getSubject(),
						message.getBody());
			}
			else if (sender == null) {
				error = "no SMTP server configured";
			}
			else {
				MimeMessage mime = sender.createMimeMessage();
				List<Attachment> attachments = message.getAttachments();
				MimeMessageHelper helper = new MimeMessageHelper(mime, !attachments.isEmpty(), "UTF-8");
				helper.setFrom(new InternetAddress(this.from));
				helper.setTo(message.getRecipient());
				helper.setSubject(message.getSubject());
				helper.setText(message.getBody());
				for (Attachment attachment : attachments) {
					helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.bytes()),
							attachment.contentType());
				}
				for (var header : message.getHeaders().entrySet()) {
					mime.setHeader(header.getKey(), header.getValue());
				}
				sender.send(mime);
				log.debug("Email {} sent to {}", id, message.getRecipient());
			}
		}
		catch (Exception ex) {
			// SMTP errors often quote the address: it is kept out of the log and the
			// table.
			error = (ex.getClass().getSimpleName() + ": " + ex.getMessage()).replace(message.getRecipient(),
					"<recipient>");
		}
		if (error != null) {
			log.warn("Email {} not delivered: {}", id, error);
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
