package org.vigie.identity.staff;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A single-use code that replaces the authenticator app when it is lost. Only its hash is
 * kept.
 */
@Entity
@Table(name = "identity_recovery_code")
class RecoveryCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "staff_id", nullable = false)
	private Long staffId;

	@Column(name = "code_hash", nullable = false)
	private String codeHash;

	@Column(name = "used_at")
	private Instant usedAt;

	protected RecoveryCode() {
	}

	RecoveryCode(long staffId, String codeHash) {
		this.staffId = staffId;
		this.codeHash = codeHash;
	}

	boolean isUsed() {
		return this.usedAt != null;
	}

	void use(Instant now) {
		this.usedAt = now;
	}

}
