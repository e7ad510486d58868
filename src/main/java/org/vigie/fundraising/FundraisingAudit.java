package org.vigie.fundraising;

import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditActions;

/**
 * What fundraising adds to the audit trail. Entries name campaigns, gifts and donors by
 * their ids, never by a name, an address or an amount a stranger could tie to a person.
 */
public final class FundraisingAudit {

	/** A national register number was read (to issue a certificate, or by staff). */
	public static final AuditAction NATIONAL_NUMBER_READ = new AuditAction("FUNDRAISING_NRN_READ");

	/** A donor was erased (anonymised, keeping what tax law requires). */
	public static final AuditAction DONOR_ERASED = new AuditAction("FUNDRAISING_DONOR_ERASED");

	/** A campaign was created or changed. */
	public static final AuditAction CAMPAIGN_SAVED = new AuditAction("FUNDRAISING_CAMPAIGN_SAVED");

	/** A bank statement was imported. */
	public static final AuditAction STATEMENT_IMPORTED = new AuditAction("FUNDRAISING_STATEMENT_IMPORTED");

	/** A fundraiser matched a statement line to a gift by hand, or set it aside. */
	public static final AuditAction LINE_DECIDED = new AuditAction("FUNDRAISING_LINE_DECIDED");

	/** A refund was asked of a provider or recorded. */
	public static final AuditAction REFUNDED = new AuditAction("FUNDRAISING_REFUNDED");

	/** Income that is not a gift, or a correction, was recorded by hand. */
	public static final AuditAction ENTRY_RECORDED = new AuditAction("FUNDRAISING_ENTRY_RECORDED");

	/** Tax certificates were issued or corrected. */
	public static final AuditAction CERTIFICATES_ISSUED = new AuditAction("FUNDRAISING_CERTIFICATES_ISSUED");

	/** An export for the accountant or a report was downloaded. */
	public static final AuditAction EXPORTED = new AuditAction("FUNDRAISING_EXPORTED");

	private FundraisingAudit() {
	}

	/** Every action, to declare. */
	public static AuditActions all() {
		return AuditActions.of(NATIONAL_NUMBER_READ, DONOR_ERASED, CAMPAIGN_SAVED, STATEMENT_IMPORTED, LINE_DECIDED,
				REFUNDED, ENTRY_RECORDED, CERTIFICATES_ISSUED, EXPORTED);
	}

}
