package org.vigie.fundraising.reconciliation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.vigie.fundraising.payments.Payout;

/**
 * The reconciliation of a period, to the cent: gifts settled (from the ledger, by
 * provider), the provider's payouts, the bank statement credits, and the differences
 * between them.
 *
 * @param from first day
 * @param to last day
 * @param days one row per day with something on it, in order
 * @param total the period's totals
 * @param byProvider gifts settled per provider ({@code transfer} for bank transfers),
 * over the period
 * @param payouts what the provider says about payouts
 * @param payoutList the provider's payouts arriving in the period
 * @param giftsWithoutBankLine gifts settled whose money no bank line shows yet
 * @param linesWithoutGift credits that pay no gift and are no recognised payout
 * @param payoutsNotSeen payouts no bank line shows
 */
record ReconciliationReport(LocalDate from, LocalDate to, List<Day> days, Day total, Map<String, Sums> byProvider,
		PayoutState payouts, List<Payout> payoutList, List<GiftGap> giftsWithoutBankLine,
		List<StoredLine> linesWithoutGift, List<Payout> payoutsNotSeen) {

	/** The net of the gifts no bank line shows yet. */
	public long giftsWithoutBankLineCents() {
		return this.giftsWithoutBankLine.stream().mapToLong(GiftGap::netCents).sum();
	}

	/** The payouts no bank line shows. */
	public long payoutsNotSeenCents() {
		return this.payoutsNotSeen.stream().mapToLong(Payout::amountCents).sum();
	}

	/** Whether payouts could be asked. */
	enum PayoutState {

		/** No provider is configured: gifts come by transfer only. */
		NO_PROVIDER,

		/** The provider could not be reached. */
		UNREACHABLE,

		/** The provider answered. */
		KNOWN

	}

	/**
	 * Gross, fee and net of gifts.
	 *
	 * @param grossCents received
	 * @param feeCents kept by the provider
	 * @param count how many ledger entries
	 */
	record Sums(long grossCents, long feeCents, long count) {

		Sums plus(long gross, long fee, long entries) {
			return new Sums(this.grossCents + gross, this.feeCents + fee, this.count + entries);
		}

		public long netCents() {
			return this.grossCents - this.feeCents;
		}

	}

	/**
	 * A gift settled that no bank line shows yet.
	 *
	 * @param day the day it was settled
	 * @param provider its provider, or {@code transfer}
	 * @param giftId the gift
	 * @param netCents what should reach the account
	 */
	record GiftGap(LocalDate day, String provider, java.util.UUID giftId, long netCents) {
	}

}
