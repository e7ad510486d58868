package org.vigie.notifications.outbox;

import java.time.Clock;

import org.vigie.notifications.Email;
import org.vigie.notifications.Mailer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes emails to the outbox, in the caller's transaction.
 */
@Component
class OutboxMailer implements Mailer {

	private final OutboxRepository outbox;

	private final Clock clock;

	OutboxMailer(OutboxRepository outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void send(Email email) {
		this.outbox.save(new OutboxMessage(email.to().strip(), email.subject(), email.text(), email.headers(),
				email.attachments(), this.clock.instant()));
	}

}
