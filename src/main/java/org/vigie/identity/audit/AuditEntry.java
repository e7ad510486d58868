package org.vigie.identity.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.vigie.identity.AuditAction;

/**
 * One entry of the audit trail. Never updated or deleted.
 */
@Entity
@Table(name = "identity_audit")
public class AuditEntry {

	@Id
	private Long id;

	@Column(nullable = false)
	private Instant at;

	@Column(nullable = false)
	private String actor;

	@Convert(converter = AuditActionConverter.class)
	@Column(nullable = false)
	private AuditAction action;

	private String target;

	private String details;

	@Column(name = "prev_hash", nullable = false)
	private String previousHash;

	@Column(nullable = false)
	private String hash;

	protected AuditEntry() {
	}

	AuditEntry(long id, Instant at, String actor, AuditAction action, String target, String details,
			String previousHash) {
		this.id = id;
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.target = target;
		this.details = details;
		this.previousHash = previousHash;
		this.hash = computeHash();
	}

	/** The hash this entry must have, from its fields and its predecessor's hash. */
	String computeHash() {
		String content = String.join("\u001f", this.previousHash, Long.toString(this.id), this.at.toString(),
				this.actor, this.action.name(), (this.target != null) ? this.target : "",
				(this.details != null) ? this.details : "");
		return Hashes.sha256(content);
	}

	public Long getId() {
		return this.id;
	}

	public Instant getAt() {
		return this.at;
	}

	public String getActor() {
		return this.actor;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public String getTarget() {
		return this.target;
	}

	public String getDetails() {
		return this.details;
	}

	public String getPreviousHash() {
		return this.previousHash;
	}

	public String getHash() {
		return this.hash;
	}

}
