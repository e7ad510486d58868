package org.vigie.reporting.handover;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * The organisation's hand-over signing key as stored: its public part in clear, its
 * secret part sealed under the server key. There is one, with id {@link #ID}. A new
 * record is always inserted, never merged, so a key made at the same moment by another
 * node fails to save instead of replacing one already in use.
 */
@Entity
@Table(name = "reporting_handover_key")
class SigningKeyRecord implements Persistable<Integer> {

	static final int ID = 1;

	@Id
	private Integer id;

	@Column(nullable = false)
	private String fingerprint;

	@Column(name = "public_key", nullable = false)
	private String publicKey;

	@Column(name = "sealed_secret", nullable = false)
	private String sealedSecret;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Transient
	private boolean fresh;

	protected SigningKeyRecord() {
	}

	SigningKeyRecord(String fingerprint, String publicKey, String sealedSecret, Instant createdAt) {
		this.id = ID;
		this.fingerprint = fingerprint;
		this.publicKey = publicKey;
		this.sealedSecret = sealedSecret;
		this.createdAt = createdAt;
		this.fresh = true;
	}

	@Override
	public Integer getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	@PostLoad
	@PostPersist
	void stored() {
		this.fresh = false;
	}

	String getFingerprint() {
		return this.fingerprint;
	}

	String getPublicKey() {
		return this.publicKey;
	}

	String getSealedSecret() {
		return this.sealedSecret;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
