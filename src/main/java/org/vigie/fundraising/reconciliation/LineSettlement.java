package org.vigie.fundraising.reconciliation;

import java.util.List;
import java.util.Optional;

import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.gifts.Transfers;
import org.vigie.fundraising.ledger.EntrySource;

import org.springframework.stereotype.Component;

/**
 * Settles the gifts an import matched, through {@link Transfers} (which appends to the
 * ledger under the line's key, updates the gift and thanks its donor), in the import's
 * transaction. A communication already paid once makes a new gift of the same donor; the
 * line then names that new gift.
 */
@Component
class LineSettlement {

	private final Transfers transfers;

	private final Gifts gifts;

	LineSettlement(Transfers transfers, Gifts gifts) {
		this.transfers = transfers;
		this.gifts = gifts;
	}

	void settle(List<ImportedLine> lines) {
		for (ImportedLine line : lines) {
			if (line.status != LineStatus.MATCHED) {
				continue;
			}
			Optional<Gift> settled = (line.matchedBy == MatchedBy.COMMUNICATION)
					? this.transfers.settle(line.communication.communication(), line.amountCents, line.bookedOn(),
							line.ledgerKey())
					: this.gifts.byId(line.giftId)
						.flatMap((gift) -> this.transfers.settle(gift, line.amountCents, line.bookedOn(),
								line.ledgerKey(), EntrySource.STATEMENT));
			settled.ifPresent((gift) -> line.giftId = gift.id());
		}
	}

}
