package org.vigie.reporting.handover;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A police unit that receives hand-over packages, with its OpenPGP public key. A unit is
 * disabled rather than deleted, so past hand-overs still name it.
 */
@Entity
@Table(name = "reporting_police_unit")
public class PoliceUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String contact;

	@Column(name = "public_key", nullable = false)
	private String publicKey;

	@Column(nullable = false)
	private String fingerprint;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "added_at", nullable = false)
	private Instant addedAt;

	@Column(name = "added_by", nullable = false)
	private String addedBy;

	@Column(name = "disabled_at")
	private Instant disabledAt;

	@Column(name = "disabled_by")
	private String disabledBy;

	protected PoliceUnit() {
	}

	PoliceUnit(String name, String contact, UnitKey key, Instant at, String by) {
		this.name = name;
		this.contact = contact;
		this.publicKey = key.armoured();
		this.fingerprint = key.fingerprint();
		this.enabled = true;
		this.addedAt = at;
		this.addedBy = by;
	}

	void disable(Instant at, String by) {
		this.enabled = false;
		this.disabledAt = at;
		this.disabledBy = by;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getContact() {
		return this.contact;
	}

	/** The unit's public key, ASCII-armoured. */
	public String getPublicKey() {
		return this.publicKey;
	}

	/** The key's fingerprint, upper-case hexadecimal without spaces. */
	public String getFingerprint() {
		return this.fingerprint;
	}

	/** The fingerprint in groups of four, as it is read out to the unit. */
	public String getSpacedFingerprint() {
		return UnitKey.spaced(this.fingerprint);
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getAddedAt() {
		return this.addedAt;
	}

	public Instant getDisabledAt() {
		return this.disabledAt;
	}

}
