package org.vigie.reporting.handover;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;
import org.vigie.reporting.ReportingPermissions;
import org.vigie.reporting.handover.HandoverRefused.Reason;
import org.vigie.reporting.reports.FollowUp;
import org.vigie.reporting.reports.ReportSummary;
import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.reports.Status;
import org.vigie.reporting.vault.Keyring;
import org.vigie.reporting.vault.ReportKey;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hand-overs to the police, four eyes: an analyst prepares one (a report, a unit, the
 * fields), a different analyst approves it, which decrypts the report with the approver's
 * own key ring and makes the package, or rejects it with a reason. Contact details go
 * only when the reporter consented to their being passed to the police. Each step is in
 * the audit trail, by ids and field names only.
 */
@Service
public class Handovers {

	/** The longest rejection reason kept. */
	public static final int MAX_REASON = 1000;

	private final HandoverStore store;

	private final Reports reports;

	private final PoliceUnits units;

	private final HandoverPackager packager;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	private final TransactionTemplate transactions;

	Handovers(HandoverStore store, Reports reports, PoliceUnits units, HandoverPackager packager, AuditTrail audit,
			MessageSource messages, Clock clock, TransactionTemplate transactions) {
		this.transactions = transactions;
		this.store = store;
		this.reports = reports;
		this.units = units;
		this.packager = packager;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** The fields that may be chosen for a report: contact details only under consent. */
	public static Set<HandoverField> offered(ReportSummary report) {
		Set<HandoverField> fields = java.util.EnumSet.allOf(HandoverField.class);
		if (report.followUp() != FollowUp.CONSENT) {
			fields.remove(HandoverField.CONTACT);
		}
		return fields;
	}

	/**
	 * Prepares a hand-over, pending a second analyst's approval.
	 * @param keyring the preparer's key ring, which must open the report
	 * @throws HandoverRefused when the report, unit or fields do not allow it
	 */
	public long prepare(UUID report, long unitId, Set<HandoverField> fields, Keyring keyring, StaffIdentity me) {
		allowed(me);
		ReportSummary summary = this.reports.summary(report).orElseThrow(() -> new HandoverRefused(Reason.NO_REPORT));
		PoliceUnit unit = this.units.enabled(unitId).orElseThrow(() -> new HandoverRefused(Reason.NO_UNIT));
		if (fields.isEmpty()) {
			throw new HandoverRefused(Reason.NO_FIELDS);
		}
		if (!offered(summary).containsAll(fields)) {
			throw new HandoverRefused(Reason.CONTACT_WITHOUT_CONSENT);
		}
		openedBy(report, keyring, me).destroy();
		long id = this.store.insert(report, unit.getId(), fields, me.id(), me.email(), this.clock.instant());
		this.audit.record(HandoverAudit.PREPARED, me.email(), "report " + report,
				"hand-over " + id + " to police unit " + unit.getId() + ": " + fields);
		return id;
	}

	/**
	 * Approves another analyst's hand-over: the report is decrypted with the approver's
	 * key ring, packed, signed and encrypted to the unit; the report is marked as
	 * forwarded to the police.
	 * @throws HandoverRefused when the approver prepared it, it was decided already, the
	 * approver cannot open the report or the unit can no longer receive it
	 */
	public Handover approve(long id, Keyring keyring, StaffIdentity me) {
		allowed(me);
		Handover handover = pending(id);
		if (handover.preparedBy() == me.id()) {
			throw new HandoverRefused(Reason.OWN_HANDOVER);
		}
		PoliceUnit unit = this.units.enabled(handover.unitId()).orElseThrow(() -> new HandoverRefused(Reason.NO_UNIT));
		ReportKey key = openedBy(handover.report(), keyring, me);
		HandoverPackage pack;
		Instant now = this.clock.instant();
		try {
			Reports.ReportDetail detail = this.reports.read(key, me);
			List<HandoverEntry> entries = new HandoverContents(this.messages, me.language().locale()).entries(detail,
					handover.fields(), key, this.reports);
			pack = this.packager.pack(entries, new HandoverDetails(handover.report().toString(), now, unit.getName(),
					handover.preparedByEmail(), me.email()), unit.getPublicKey());
		}
		catch (UnitKeyRefused ex) {
			throw new HandoverRefused(Reason.UNIT_KEY);
		}
		finally {
			key.destroy();
		}
		this.transactions.executeWithoutResult((tx) -> {
			if (!this.store.approve(id, me.id(), me.email(), now, pack)) {
				throw new HandoverRefused(Reason.DECIDED);
			}
			this.reports.changeStatus(handover.report(), Status.FORWARDED, null, me);
			this.audit.record(HandoverAudit.APPROVED, me.email(), "report " + handover.report(),
					"hand-over " + id + " to police unit " + unit.getId() + ", package sha256 " + pack.sha256());
		});
		return this.store.find(id).orElseThrow();
	}

	/**
	 * Rejects a pending hand-over, with a reason the preparer reads (kept with the
	 * hand-over, not in the audit trail).
	 */
	public void reject(long id, String reason, StaffIdentity me) {
		allowed(me);
		String clean = (reason != null) ? reason.strip() : "";
		if (clean.isEmpty() || clean.length() > MAX_REASON) {
			throw new HandoverRefused(Reason.REASON);
		}
		Handover handover = pending(id);
		if (!this.store.reject(id, me.id(), me.email(), this.clock.instant(), clean)) {
			throw new HandoverRefused(Reason.DECIDED);
		}
		this.audit.record(HandoverAudit.REJECTED, me.email(), "report " + handover.report(), "hand-over " + id);
	}

	/** Every hand-over, pending ones first. */
	public List<Handover> all() {
		return this.store.all();
	}

	public Optional<Handover> find(long id) {
		return this.store.find(id);
	}

	/**
	 * An approved hand-over's package, for download; the download is in the audit trail.
	 */
	public Optional<HandoverPackage> download(long id, StaffIdentity me) {
		allowed(me);
		Optional<Handover> handover = this.store.find(id).filter((h) -> h.status() == Handover.Status.APPROVED);
		Optional<byte[]> content = handover.flatMap((h) -> this.store.packageOf(id));
		if (content.isEmpty()) {
			return Optional.empty();
		}
		this.audit.record(HandoverAudit.DOWNLOADED, me.email(), "report " + handover.get().report(),
				"hand-over " + id + ", package sha256 " + handover.get().sha256());
		return Optional.of(new HandoverPackage(handover.get().fileName(), content.get(), handover.get().sha256()));
	}

	private Handover pending(long id) {
		Handover handover = this.store.find(id).orElseThrow(() -> new HandoverRefused(Reason.NO_REPORT));
		if (handover.status() != Handover.Status.PENDING) {
			throw new HandoverRefused(Reason.DECIDED);
		}
		return handover;
	}

	private ReportKey openedBy(UUID report, Keyring keyring, StaffIdentity me) {
		if (keyring == null || keyring.holder() != me.id()) {
			throw new HandoverRefused(Reason.NO_ACCESS);
		}
		return this.reports.key(report, keyring).orElseThrow(() -> new HandoverRefused(Reason.NO_ACCESS));
	}

	private static void allowed(StaffIdentity me) {
		if (me == null || !me.can(ReportingPermissions.HAND_OVER)) {
			throw new AccessDeniedException("Hand-overs need " + ReportingPermissions.HAND_OVER);
		}
	}

}
