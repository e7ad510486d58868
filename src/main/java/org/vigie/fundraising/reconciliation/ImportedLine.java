package org.vigie.fundraising.reconciliation;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.vigie.fundraising.statements.Entry;

/**
 * A booked line of a statement being imported, from the moment it is read until it is
 * stored: the matching fills in its status, its gift and how it was found.
 */
final class ImportedLine {

	final UUID statementId;

	final String account;

	final String reference;

	final long amountCents;

	final Entry entry;

	final CommunicationFound communication;

	LineStatus status;

	MatchedBy matchedBy;

	UUID giftId;

	boolean amountDiffers;

	String reason;

	boolean thankPending;

	ImportedLine(UUID statementId, String account, String reference, long amountCents, Entry entry) {
		this.statementId = statementId;
		this.account = account;
		this.reference = reference;
		this.amountCents = amountCents;
		this.entry = entry;
		this.communication = (amountCents > 0) ? CommunicationFound.in(entry) : CommunicationFound.NONE;
		this.status = (amountCents > 0) ? LineStatus.REVIEW : LineStatus.DEBIT;
	}

	/** The ledger key of the money this line brought in. */
	String ledgerKey() {
		return ledgerKey(this.account, this.reference);
	}

	static String ledgerKey(String account, String reference) {
		return "statement:" + account + ":" + reference;
	}

	LocalDate bookedOn() {
		return this.entry.bookingDate();
	}

	Set<String> payerWords() {
		return NameKey.words(this.entry.counterpartyName());
	}

	void matched(MatchedBy by, UUID gift, long promisedCents) {
		this.status = LineStatus.MATCHED;
		this.matchedBy = by;
		this.giftId = gift;
		this.amountDiffers = promisedCents != this.amountCents;
		this.reason = null;
	}

	void toReview(String why) {
		this.status = LineStatus.REVIEW;
		this.reason = why;
	}

}
