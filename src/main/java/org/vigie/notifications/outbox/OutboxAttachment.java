package org.vigie.notifications.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.vigie.notifications.Attachment;

/**
 * A file waiting in the outbox with its email.
 */
@Embeddable
class OutboxAttachment {

	@Column(nullable = false)
	private String filename;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(nullable = false)
	private byte[] content;

	protected OutboxAttachment() {
	}

	OutboxAttachment(Attachment attachment) {
		this.filename = attachment.filename();
		this.contentType = attachment.contentType();
		this.content = attachment.bytes();
	}

	Attachment toAttachment() {
		return new Attachment(this.filename, this.contentType, this.content);
	}

}
