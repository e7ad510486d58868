package org.vigie.content.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The publication state of a post or a page: its status and the moment it goes public.
 */
@Embeddable
public class Publication {

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false)
	private ContentStatus status;

	@Column(name = "published_at")
	private Instant publishedAt;

	protected Publication() {
	}

	public Publication(ContentStatus status, Instant publishedAt) {
		if (status != ContentStatus.DRAFT && publishedAt == null) {
			throw new IllegalArgumentException("A " + status + " item needs a publication date");
		}
		this.status = status;
		this.publishedAt = publishedAt;
	}

	public static Publication draft() {
		return new Publication(ContentStatus.DRAFT, null);
	}

	public static Publication publishedAt(Instant moment, Instant now) {
		return new Publication(moment.isAfter(now) ? ContentStatus.SCHEDULED : ContentStatus.PUBLISHED, moment);
	}

	/** Whether readers can see the item at {@code now}. */
	public boolean isPublicAt(Instant now) {
		return this.status != ContentStatus.DRAFT && this.publishedAt != null && !this.publishedAt.isAfter(now);
	}

	public ContentStatus getStatus() {
		return this.status;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

}
