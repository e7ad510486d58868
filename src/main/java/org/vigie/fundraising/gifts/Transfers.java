package org.vigie.fundraising.gifts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.fundraising.banking.StructuredCommunication;
import org.vigie.fundraising.ledger.EntryKind;
import org.vigie.fundraising.ledger.EntrySource;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.fundraising.ledger.NewEntry;

/**
 * Transfers that arrived on the NGO's account, as its bank statement tells. A transfer
 * with a known structured communication settles the gift promised with it; when that gift
 * is monthly and already settled (a standing order), the transfer becomes the next gift
 * of that monthly gift.
 */
@Component
public class Transfers {

	private final Gifts gifts;

	private final Monthlies monthlies;

	private final Ledger ledger;

	private final Clock clock;

	Transfers(Gifts gifts, Monthlies monthlies, Ledger ledger, Clock clock) {
		this.gifts = gifts;
		this.monthlies = monthlies;
		this.ledger = ledger;
		this.clock = clock;
	}

	/**
	 * Settles the gift of a transfer.
	 * @param key names the statement line ({@code statement:<bank reference>})
	 * @return the gift settled, or empty when the line was already recorded
	 */
	@Transactional
	public Optional<Gift> settle(Gift gift, long amountCents, LocalDate bookedOn, String key, EntrySource source) {
		if (this.ledger.contains(key)) {
			return Optional.empty();
		}
		Gift target = gift;
		if (gift.settledOn() != null || this.ledger.received(List.of(gift.id())).contains(gift.id())) {
			// a standing order's next transfer, or the same donor giving again with the
			// communication they kept: a new gift, never money dropped
			UUID monthlyId = !gift.monthly() ? null : (gift.monthlyId() != null) ? gift.monthlyId()
					: this.monthlies.start(gift, null, this.clock.instant());
			target = this.gifts.nextOfMonthly(gift, monthlyId, null, null, amountCents, this.clock.instant());
		}
		this.gifts.settle(target.id(), amountCents, 0, bookedOn, key, source);
		if (gift.monthly() && gift.monthlyId() == null && target.id().equals(gift.id())) {
			this.monthlies.start(gift, null, this.clock.instant());
		}
		return this.gifts.byId(target.id());
	}

	/** Settles the gift promised with a structured communication, if there is one. */
	@Transactional
	public Optional<Gift> settle(StructuredCommunication communication, long amountCents, LocalDate bookedOn,
			String key) {
		return this.gifts.byCommunication(communication)
			.flatMap((gift) -> settle(gift, amountCents, bookedOn, key, EntrySource.STATEMENT));
	}

	/**
	 * Settles the gifts of many transfers at once, as a bank statement brings them: gifts
	 * received for the first time (not monthly) get their ledger entries in batches and
	 * are returned so that, once the statement is recorded, their statuses are brought up
	 * to date ({@link Gifts#settledFirstTime}) and their donors thanked; any other (a
	 * standing order, a communication paid again) goes through
	 * {@link #settle(Gift, long, LocalDate, String, EntrySource)} one by one. A key
	 * already in the ledger settles nothing.
	 * @return the gift each key settled, and those whose donors are still to be thanked
	 */
	@Transactional
	public BulkSettlement settleAll(List<TransferLine> lines, EntrySource source) {
		Map<UUID, Gift> gifts = this.gifts.byIds(lines.stream().map(TransferLine::giftId).toList());
		Set<String> recorded = this.ledger.recorded(lines.stream().map(TransferLine::key).toList());
		// a gift whose money is in the ledger is received, even before its status says so
		Set<UUID> received = this.ledger.received(gifts.keySet());
		Map<String, UUID> settled = new HashMap<>();
		Map<UUID, Long> toThank = new HashMap<>();
		Map<UUID, LocalDate> days = new HashMap<>();
		List<NewEntry> entries = new ArrayList<>();
		List<TransferLine> oneByOne = new ArrayList<>();
		for (TransferLine line : lines) {
			Gift gift = gifts.get(line.giftId());
			if (gift == null || !recorded.add(line.key())) {
				continue;
			}
			boolean firstTime = gift.settledOn() == null && !gift.monthly() && gift.status() == GiftStatus.PENDING
					&& !days.containsKey(gift.id()) && !received.contains(gift.id());
			if (!firstTime) {
				oneByOne.add(line);
				continue;
			}
			entries.add(new NewEntry(line.key(), EntryKind.GIFT, gift.campaignId(), gift.pageId(), gift.id(),
					gift.donorId(), line.amountCents(), 0, gift.deductible(), line.bookedOn(), source, null, null));
			days.put(gift.id(), line.bookedOn());
			toThank.put(gift.id(), line.amountCents());
			settled.put(line.key(), gift.id());
		}
		this.ledger.appendAll(entries, this.clock.instant());
		for (TransferLine line : oneByOne) {
			// read again: an earlier line of the same batch may have settled it
			this.gifts.byId(line.giftId())
				.flatMap((gift) -> settle(gift, line.amountCents(), line.bookedOn(), line.key(), source))
				.ifPresent((gift) -> settled.put(line.key(), gift.id()));
		}
		return new BulkSettlement(settled, toThank);
	}

	/**
	 * A transfer to settle in bulk.
	 *
	 * @param giftId the gift it pays
	 * @param amountCents the amount received
	 * @param bookedOn the day the bank booked it
	 * @param key the ledger key naming the statement line
	 */
	public record TransferLine(UUID giftId, long amountCents, LocalDate bookedOn, String key) {
	}

	/**
	 * What a bulk settlement did.
	 *
	 * @param giftByKey the gift each key settled (a new gift for a communication paid
	 * again); keys that settled nothing are absent
	 * @param toThank the gifts settled for the first time, with the amount received,
	 * whose statuses {@link Gifts#settledFirstTime} is to bring up to date and whose
	 * donors {@link Gifts#thank} is to thank
	 */
	public record BulkSettlement(Map<String, UUID> giftByKey, Map<UUID, Long> toThank) {
	}

}
