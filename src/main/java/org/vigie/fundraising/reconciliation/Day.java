package org.vigie.fundraising.reconciliation;

import java.time.LocalDate;

/**
 * One day of the reconciliation report (or the period's total, then without a day).
 *
 * @param day the day, or {@code null} for the total
 * @param giftsGrossCents gifts settled, as given
 * @param giftsFeeCents the providers' fees on them
 * @param payoutCents the provider's payouts arriving that day
 * @param bankGiftsCents bank credits that paid gifts
 * @param bankPayoutsCents bank credits recognised as a provider's payout
 * @param bankIncomeCents bank credits recorded as income
 * @param bankUnmatchedCents bank credits waiting for review or set aside
 */
record Day(LocalDate day, long giftsGrossCents, long giftsFeeCents, long payoutCents, long bankGiftsCents,
		long bankPayoutsCents, long bankIncomeCents, long bankUnmatchedCents) {

	static Day empty(LocalDate day) {
		return new Day(day, 0, 0, 0, 0, 0, 0, 0);
	}

	public long giftsNetCents() {
		return this.giftsGrossCents - this.giftsFeeCents;
	}

	public long bankCents() {
		return this.bankGiftsCents + this.bankPayoutsCents + this.bankIncomeCents + this.bankUnmatchedCents;
	}

	Day gifts(long gross, long fee) {
		return new Day(this.day, this.giftsGrossCents + gross, this.giftsFeeCents + fee, this.payoutCents,
				this.bankGiftsCents, this.bankPayoutsCents, this.bankIncomeCents, this.bankUnmatchedCents);
	}

	Day payout(long cents) {
		return new Day(this.day, this.giftsGrossCents, this.giftsFeeCents, this.payoutCents + cents,
				this.bankGiftsCents, this.bankPayoutsCents, this.bankIncomeCents, this.bankUnmatchedCents);
	}

	Day bank(long gifts, long payouts, long income, long unmatched) {
		return new Day(this.day, this.giftsGrossCents, this.giftsFeeCents, this.payoutCents,
				this.bankGiftsCents + gifts, this.bankPayoutsCents + payouts, this.bankIncomeCents + income,
				this.bankUnmatchedCents + unmatched);
	}

	Day plus(Day other) {
		return new Day(this.day, this.giftsGrossCents + other.giftsGrossCents, this.giftsFeeCents + other.giftsFeeCents,
				this.payoutCents + other.payoutCents, this.bankGiftsCents + other.bankGiftsCents,
				this.bankPayoutsCents + other.bankPayoutsCents, this.bankIncomeCents + other.bankIncomeCents,
				this.bankUnmatchedCents + other.bankUnmatchedCents);
	}

}
