package org.vigie.reporting.handover;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;
import org.vigie.reporting.ReportingPermissions;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The police units that receive hand-overs: added with a checked OpenPGP key, disabled
 * when they no longer should receive any. Each change is in the audit trail.
 */
@Service
public class PoliceUnits {

	/** The longest name and contact kept. */
	public static final int MAX_NAME = 200;

	public static final int MAX_CONTACT = 500;

	private final PoliceUnitRepository units;

	private final AuditTrail audit;

	private final Clock clock;

	PoliceUnits(PoliceUnitRepository units, AuditTrail audit, Clock clock) {
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every unit, enabled ones first. */
	@Transactional(readOnly = true)
	public List<PoliceUnit> all() {
		return this.units.findAllByOrderByEnabledDescNameAsc();
	}

	/** The units that may receive a package now. */
	@Transactional(readOnly = true)
	public List<PoliceUnit> enabled() {
		return this.units.findByEnabledTrueOrderByNameAsc();
	}

	/** An enabled unit. */
	@Transactional(readOnly = true)
	public Optional<PoliceUnit> enabled(long id) {
		return this.units.findById(id).filter(PoliceUnit::isEnabled);
	}

	/**
	 * Checks a unit's key without keeping it.
	 * @throws UnitKeyRefused when the key cannot receive packages, and why
	 */
	public UnitKey check(String publicKey) {
		return UnitKey.read(publicKey, this.clock.instant());
	}

	/**
	 * Adds a unit.
	 * @throws UnitKeyRefused when the key cannot receive packages
	 * @throws IllegalArgumentException when the name or contact is missing or too long
	 */
	@Transactional
	public PoliceUnit add(String name, String contact, String publicKey, StaffIdentity me) {
		allowed(me);
		String cleanName = required(name, MAX_NAME);
		String cleanContact = required(contact, MAX_CONTACT);
		UnitKey key = check(publicKey);
		PoliceUnit unit = this.units
			.save(new PoliceUnit(cleanName, cleanContact, key, this.clock.instant(), me.email()));
		this.audit.record(HandoverAudit.UNIT_ADDED, me.email(), target(unit), "key " + unit.getFingerprint());
		return unit;
	}

	/** Disables a unit; says whether it was enabled. */
	@Transactional
	public boolean disable(long id, StaffIdentity me) {
		allowed(me);
		PoliceUnit unit = this.units.findById(id).filter(PoliceUnit::isEnabled).orElse(null);
		if (unit == null) {
			return false;
		}
		unit.disable(this.clock.instant(), me.email());
		this.audit.record(HandoverAudit.UNIT_DISABLED, me.email(), target(unit), null);
		return true;
	}

	private static void allowed(StaffIdentity me) {
		if (me == null || !me.can(ReportingPermissions.CONFIGURE)) {
			throw new AccessDeniedException("Configuring police units needs " + ReportingPermissions.CONFIGURE);
		}
	}

	private static String required(String text, int max) {
		String clean = (text != null) ? text.strip() : "";
		if (clean.isEmpty() || clean.length() > max || clean.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("Missing or too long");
		}
		return clean;
	}

	private static String target(PoliceUnit unit) {
		return "police unit " + unit.getId() + " " + unit.getName();
	}

}
