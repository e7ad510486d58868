package org.vigie.fundraising.gifts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.fundraising.banking.StructuredCommunication;
import org.vigie.fundraising.ledger.EntrySource;
import org.vigie.fundraising.ledger.Ledger;

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
		if (gift.settledOn() != null) {
			// a standing order's next transfer, or the same donor giving again with the
			// communication they kept: a new gift, never money dropped
			java.util.UUID monthlyId = !gift.monthly() ? null : (gift.monthlyId() != null) ? gift.monthlyId()
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

}
