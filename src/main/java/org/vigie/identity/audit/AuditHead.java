package org.vigie.identity.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the chain: the last entry's id and hash. Its single row is locked while
 * appending.
 */
@Entity
@Table(name = "identity_audit_head")
class AuditHead {

	@Id
	private Integer id;

	@Column(name = "last_id", nullable = false)
	private long lastId;

	@Column(name = "last_hash", nullable = false)
	private String lastHash;

	protected AuditHead() {
	}

	long lastId() {
		return this.lastId;
	}

	String lastHash() {
		return this.lastHash;
	}

	void advance(AuditEntry entry) {
		this.lastId = entry.getId();
		this.lastHash = entry.getHash();
	}

}
