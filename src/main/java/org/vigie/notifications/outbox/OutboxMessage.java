package org.vigie.notifications.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.vigie.notifications.Attachment;

/**
 * An email waiting in the outbox, or its record once sent or given up. Once it is sent or
 * given up, its body, extra headers and attachments are removed: they may hold a live
 * sign-in, reset, invitation or unsubscribe link (or a ticket), which the outbox must not
 * keep for anyone who can read the database later.
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

	/** Extra headers, one {@code Name: value} a line, or {@code null}. */
	@Column
	private String headers;

	/**
	 * Files sent with the email, loaded with it: they are few and small, and only kept
	 * until it leaves.
	 */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "notifications_outbox_attachment", joinColumns = @JoinColumn(name = "outbox_id"))
	@OrderColumn(name = "part_no")
	private List<OutboxAttachment> attachments = new ArrayList<>();

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
		this(recipient, subject, body, Map.of(), List.of(), now);
	}

	OutboxMessage(String recipient, String subject, String body, Map<String, String> headers,
			List<Attachment> attachments, Instant now) {
		this.recipient = recipient;
		attachments.forEach((attachment) -> this.attachments.add(new OutboxAttachment(attachment)));
		this.headers = headers.isEmpty() ? null
				: headers.entrySet()
					.stream()
					.map((header) -> header.getKey() + ": " + header.getValue())
					.collect(Collectors.joining("\n"));
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
		this.headers = null;
		this.attachments.clear();
	}

	/** Records a failed attempt; retries back off from one minute to about two hours. */
	void failed(String error, Instant now) {
		this.attempts++;
		this.lastError = (error != null && error.length() > 1000) ? error.substring(0, 1000) : error;
		this.claimedUntil = null;
		if (this.attempts >= MAX_ATTEMPTS) {
			this.status = Status.FAILED;
			this.body = REMOVED_BODY;
			this.headers = null;
			this.attachments.clear();
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

	/** The extra headers, in the order they were given. */
	Map<String, String> getHeaders() {
		Map<String, String> parsed = new LinkedHashMap<>();
		if (this.headers != null) {
			for (String line : this.headers.split("\n")) {
				int colon = line.indexOf(": ");
				parsed.put(line.substring(0, colon), line.substring(colon + 2));
			}
		}
		return parsed;
	}

	/** The files to send with the email, in the order they were given. */
	List<Attachment> getAttachments() {
		return this.attachments.stream().map(OutboxAttachment::toAttachment).toList();
	}

	Status getStatus() {
		return this.status;
	}

	int getAttempts() {
		return this.attempts;
	}

}
