package org.vigie.notifications.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An email waiting in the outbox, or its record once sent or given up. Once it is sent or
 * given up, its body is removed: it may hold a live sign-in, reset or invitation link,
 * which the outbox must not keep for anyone who can read the database later.
 */
@Entity
@Table(name = "notifications_outbox")
class OutboxMessage {

	/** Delivery attempts before giving up. */
	static final int MAX_ATTEMPTS = 8;

	/** What remains of a body once the email has left or been given up. */
	static final String REMOVED_BODY = "[removed once delivered or given up]";

	enum Status {

		PENDING, SENT, FAILED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String recipient;

	@Column(nullable = false)
	private String subject;

	@Column(nullable = false)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.PENDING;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "next_attempt_at", nullable = false)
	private Instant nextAttemptAt;

	@Column(name = "claimed_until")
	private Instant claimedUntil;

	@Column(name = "last_error")
	private String lastError;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	protected OutboxMessage() {
	}

	OutboxMessage(String recipient, String subject, String body, Instant now) {
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		// Databases keep microseconds at most: a rounded-up value would not be due yet at
		// "now".
		this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
		this.nextAttemptAt = this.createdAt;
	}

	void sent(Instant now) {
		this.status = Status.SENT;
		this.sentAt = now;
		this.claimedUntil = null;
		this.body = REMOVED_BODY;
	}

	/** Records a failed attempt; retries back off from one minute to about two hours. */
	void failed(String error, Instant now) {
		this.attempts++;
		this.lastError = (error != null && error.length() > 1000) ? error.substring(0, 1000) : error;
		this.claimedUntil = null;
		if (this.attempts >= MAX_ATTEMPTS) {
			this.status = Status.FAILED;
			this.body = REMOVED_BODY;
		}
		else {
			this.nextAttemptAt = now.plus(Duration.ofMinutes(1L << Math.min(this.attempts - 1, 7)));
		}
	}

	Long getId() {
		return this.id;
	}

	String getRecipient() {
		return this.recipient;
	}

	String getSubject() {
		return this.subject;
	}

	String getBody() {
		return this.body;
	}

	Status getStatus() {
		return this.status;
	}

	int getAttempts() {
		return this.attempts;
	}

}
