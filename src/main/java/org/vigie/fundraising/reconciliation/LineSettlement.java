package org.vigie.fundraising.reconciliation;

import java.util.List;

import org.vigie.fundraising.gifts.Transfers;
import org.vigie.fundraising.gifts.Transfers.BulkSettlement;
import org.vigie.fundraising.gifts.Transfers.TransferLine;
import org.vigie.fundraising.ledger.EntrySource;

import org.springframework.stereotype.Component;

/**
 * Settles the gifts an import matched through {@link Transfers#settleAll}, in the
 * import's transaction and in batches: a statement of 100,000 lines settles tens of
 * thousands of gifts. A communication already paid once makes a new gift of the same
 * donor; the line then names that new gift. Lines whose gift was received for the first
 * time are marked for the thank-you sent once the import is recorded
 * ({@link DonorThanks}).
 */
@Component
class LineSettlement {

	private final Transfers transfers;

	LineSettlement(Transfers transfers) {
		this.transfers = transfers;
	}

	void settle(List<ImportedLine> lines) {
		List<ImportedLine> matched = lines.stream().filter((line) -> line.status == LineStatus.MATCHED).toList();
		BulkSettlement settled = this.transfers.settleAll(matched.stream()
			.map((line) -> new TransferLine(line.giftId, line.amountCents, line.bookedOn(), line.ledgerKey()))
			.toList(), EntrySource.STATEMENT);
		for (ImportedLine line : matched) {
			line.giftId = settled.giftByKey().getOrDefault(line.ledgerKey(), line.giftId);
			line.thankPending = settled.toThank().containsKey(line.giftId);
		}
	}

}
