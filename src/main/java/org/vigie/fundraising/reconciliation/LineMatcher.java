package org.vigie.fundraising.reconciliation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.vigie.fundraising.ledger.NewEntry;
import org.vigie.fundraising.reconciliation.GiftLookup.KnownGift;

import org.springframework.stereotype.Component;

/**
 * Decides which gift each credit of an import pays, with a few set-based lookups for the
 * whole import: first by structured communication (the amount received counts, a
 * different amount than promised is flagged), then by amount and payer's name when
 * exactly one promised transfer fits; every other credit waits for a fundraiser, with the
 * reason. A wrong check digit is never a match.
 */
@Component
class LineMatcher {

	private final GiftLookup lookup;

	LineMatcher(GiftLookup lookup) {
		this.lookup = lookup;
	}

	/** Fills in the status, gift and reason of the credits among {@code lines}. */
	void match(List<ImportedLine> lines) {
		List<ImportedLine> credits = lines.stream().filter((line) -> line.status == LineStatus.REVIEW).toList();
		Set<String> digits = new HashSet<>();
		for (ImportedLine line : credits) {
			if (line.communication.communication() != null) {
				digits.add(line.communication.communication().digits());
			}
		}
		Map<String, KnownGift> byCommunication = this.lookup.byCommunication(digits);
		List<ImportedLine> rest = new ArrayList<>();
		for (ImportedLine line : credits) {
			if (line.amountCents > NewEntry.MAX_CENTS) {
				line.toReview("absurd");
				continue;
			}
			if (line.communication.wrong() != null) {
				line.toReview("communicationCheck");
				continue;
			}
			KnownGift gift = (line.communication.communication() != null)
					? byCommunication.get(line.communication.communication().digits()) : null;
			if (gift != null) {
				line.matched(MatchedBy.COMMUNICATION, gift.id(), gift.amountCents());
			}
			else {
				rest.add(line);
			}
		}
		byAmountAndName(rest);
	}

	private void byAmountAndName(List<ImportedLine> lines) {
		Map<Long, List<KnownGift>> pending = this.lookup
			.pendingTransfers(lines.stream().map((line) -> line.amountCents).distinct().toList());
		Set<UUID> taken = new HashSet<>();
		for (ImportedLine line : lines) {
			Set<String> payer = line.payerWords();
			List<KnownGift> fitting = pending.getOrDefault(line.amountCents, List.of())
				.stream()
				.filter((gift) -> NameKey.sameDonor(payer, gift.firstName(), gift.lastName()))
				.toList();
			String unknown = (line.communication.communication() != null) ? "unknownCommunication" : "noMatch";
			if (fitting.size() > 1) {
				line.toReview("several");
			}
			else if (fitting.size() == 1 && taken.add(fitting.get(0).id())) {
				line.matched(MatchedBy.AMOUNT_NAME, fitting.get(0).id(), fitting.get(0).amountCents());
			}
			else {
				line.toReview(fitting.isEmpty() ? unknown : "several");
			}
		}
	}

}
