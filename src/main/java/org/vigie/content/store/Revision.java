package org.vigie.content.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The state of a post or a page as one save left it. Revisions are numbered from 1 per
 * item and never change; restoring one saves a new revision.
 */
@Entity
@Table(name = "content_revision")
public class Revision {

	/** What a revision belongs to. */
	public enum Kind {

		POST, PAGE

	}

	/** Why a revision was saved. */
	public enum Reason {

		CREATED, SAVED, TRANSLATED, RESTORED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "item_kind", nullable = false)
	private Kind kind;

	@Column(name = "item_id", nullable = false)
	private long itemId;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String slug;

	private String summary;

	@Column(nullable = false)
	private String body;

	@Column(name = "cover_path")
	private String coverPath;

	@Column(name = "cover_alt")
	private String coverAlt;

	@Column(name = "cover_srcset")
	private String coverSrcset;

	@Column(name = "saved_by", nullable = false)
	private String savedBy;

	@Column(name = "saved_at", nullable = false)
	private Instant savedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Reason reason;

	protected Revision() {
	}

	public Revision(Kind kind, Editable item, int number, String savedBy, Instant savedAt, Reason reason) {
		this.kind = kind;
		this.itemId = item.getId();
		this.number = number;
		this.title = item.getTitle();
		this.slug = item.getSlug();
		this.summary = item.getSummary();
		this.body = item.getBody();
		if (item instanceof Post post) {
			this.coverPath = post.getCoverPath();
			this.coverAlt = post.getCoverAlt();
			this.coverSrcset = post.getCoverSrcset();
		}
		this.savedBy = savedBy;
		this.savedAt = savedAt;
		this.reason = reason;
	}

	public Long getId() {
		return this.id;
	}

	public Kind getKind() {
		return this.kind;
	}

	public long getItemId() {
		return this.itemId;
	}

	public int getNumber() {
		return this.number;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getBody() {
		return this.body;
	}

	public String getCoverPath() {
		return this.coverPath;
	}

	public String getCoverAlt() {
		return this.coverAlt;
	}

	public String getCoverSrcset() {
		return this.coverSrcset;
	}

	public String getSavedBy() {
		return this.savedBy;
	}

	public Instant getSavedAt() {
		return this.savedAt;
	}

	public Reason getReason() {
		return this.reason;
	}

}
