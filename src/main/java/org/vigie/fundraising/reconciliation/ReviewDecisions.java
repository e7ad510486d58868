package org.vigie.fundraising.reconciliation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.vigie.fundraising.FundraisingAudit;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.gifts.Transfers;
import org.vigie.fundraising.ledger.EntryKind;
import org.vigie.fundraising.ledger.EntrySource;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.fundraising.ledger.NewEntry;
import org.vigie.identity.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fundraiser's decision on a line waiting for review: it pays a gift (which it
 * settles), it is income that is not a gift (appended to the ledger, not deductible), or
 * it is set aside with a reason. A line is decided once: the decision claims the line
 * while it still waits, so a second decision, even at the same moment from another
 * screen, is refused and changes nothing. Each decision is in the audit trail.
 */
@Component
class ReviewDecisions {

	private final JdbcClient jdbc;

	private final ReviewQueue queue;

	private final Gifts gifts;

	private final Transfers transfers;

	private final CampaignStore campaigns;

	private final Ledger ledger;

	private final AuditTrail audit;

	ReviewDecisions(JdbcClient jdbc, ReviewQueue queue, Gifts gifts, Transfers transfers, CampaignStore campaigns,
			Ledger ledger, AuditTrail audit) {
		this.jdbc = jdbc;
		this.queue = queue;
		this.gifts = gifts;
		this.transfers = transfers;
		this.campaigns = campaigns;
		this.ledger = ledger;
		this.audit = audit;
	}

	/** The line pays this gift. */
	@Transactional
	public void match(long lineId, UUID giftId, String actor, Instant now) {
		StoredLine line = waiting(lineId);
		Gift gift = (giftId != null) ? this.gifts.byId(giftId).orElse(null) : null;
		if (gift == null) {
			throw new DecisionRefused("unknownGift");
		}
		claim(line, LineStatus.MATCHED, actor, now);
		Gift settled = this.transfers
			.settle(gift, line.amountCents(), line.bookedOn(), line.ledgerKey(), EntrySource.STATEMENT)
			.orElseThrow(() -> new DecisionRefused("alreadyRecorded"));
		this.jdbc
			.sql("update fundraising_statement_line set matched_by = ?, gift_id = ?, amount_differs = ? where id = ?")
			.params(MatchedBy.STAFF.name(), settled.id(), gift.amountCents() != line.amountCents(), lineId)
			.update();
		this.audit.record(FundraisingAudit.LINE_DECIDED, actor, "statement-line:" + lineId,
				"MATCHED gift:" + settled.id());
	}

	/** The line is income that is not a gift, credited to a campaign. */
	@Transactional
	public void income(long lineId, UUID campaignId, String actor, Instant now) {
		StoredLine line = waiting(lineId);
		if (campaignId == null || this.campaigns.byId(campaignId).isEmpty()) {
			throw new DecisionRefused("unknownCampaign");
		}
		if (line.amountCents() > NewEntry.MAX_CENTS) {
			throw new DecisionRefused("absurd");
		}
		claim(line, LineStatus.INCOME, actor, now);
		boolean appended = this.ledger
			.append(new NewEntry(line.ledgerKey(), EntryKind.INCOME, campaignId, null, null, null, line.amountCents(),
					0, false, line.bookedOn(), EntrySource.STATEMENT, "bank statement line", null), now);
		if (!appended) {
			throw new DecisionRefused("alreadyRecorded");
		}
		this.jdbc.sql("update fundraising_statement_line set campaign_id = ? where id = ?")
			.params(campaignId, lineId)
			.update();
		this.audit.record(FundraisingAudit.LINE_DECIDED, actor, "statement-line:" + lineId,
				"INCOME campaign:" + campaignId);
	}

	/** The line is set aside, for a reason the fundraiser gives. */
	@Transactional
	public void ignore(long lineId, String reason, String actor, Instant now) {
		StoredLine line = waiting(lineId);
		String why = (reason == null) ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 300) {
			throw new DecisionRefused("reason");
		}
		claim(line, LineStatus.IGNORED, actor, now);
		this.jdbc.sql("update fundraising_statement_line set note = ? where id = ?").params(why, lineId).update();
		this.audit.record(FundraisingAudit.LINE_DECIDED, actor, "statement-line:" + lineId, "IGNORED");
	}

	private StoredLine waiting(long lineId) {
		StoredLine line = this.queue.line(lineId).orElseThrow(() -> new DecisionRefused("unknownLine"));
		if (line.status() != LineStatus.REVIEW) {
			throw new DecisionRefused("alreadyDecided");
		}
		return line;
	}

	/** Takes the line for this decision, unless another decision took it first. */
	private void claim(StoredLine line, LineStatus status, String actor, Instant now) {
		int claimed = this.jdbc.sql("""
				update fundraising_statement_line set status = ?, reason = null, decided_by = ?, decided_at = ?
				where id = ? and status = 'REVIEW'""")
			.params(status.name(), actor, Timestamp.from(now), line.id())
			.update();
		if (claimed != 1) {
			throw new DecisionRefused("alreadyDecided");
		}
	}

}
