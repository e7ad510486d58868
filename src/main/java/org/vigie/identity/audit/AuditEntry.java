package org.vigie.identity.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.vigie.identity.AuditAction;
import org.vigie.identity.ServerKeys;

/**
 * One entry of the audit trail. Never updated or deleted. Its hash is an HMAC under the
 * server key ({@code keyed}), so someone who can write to the database but does not hold
 * the key cannot rewrite an entry and the ones after it; entries written before the key
 * existed carry a plain SHA-256 and are sealed by the first keyed entry after them.
 */
@Entity
@Table(name = "identity_audit")
public class AuditEntry {

	private static final String PURPOSE = "identity audit chain";

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

	@Column(nullable = false)
	private boolean keyed;

	protected AuditEntry() {
	}

	AuditEntry(long id, Instant at, String actor, AuditAction action, String target, String details,
			String previousHash, ServerKeys keys) {
		this.id = id;
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.target = target;
		this.details = details;
		this.previousHash = previousHash;
		this.keyed = true;
		this.hash = computeHash(keys);
	}

	/** The hash this entry must have, from its fields and its predecessor's hash. */
	String computeHash(ServerKeys keys) {
		String content = String.join("\u001f", this.previousHash, Long.toString(this.id), this.at.toString(),
				this.actor, this.action.name(), (this.target != null) ? this.target : "",
				(this.details != null) ? this.details : "");
		return this.keyed ? keys.keyedHash(PURPOSE, content) : Hashes.sha256(content);
	}

	/** Whether the hash is an HMAC under the server key, not a legacy SHA-256. */
	public boolean isKeyed() {
		return this.keyed;
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
