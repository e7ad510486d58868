package org.vigie.fundraising.payments;

import java.time.LocalDate;
import java.util.List;

/**
 * Money a provider sent to the NGO's bank account: the sum of the payments it settles,
 * minus fees and refunds.
 *
 * @param provider the provider's short name
 * @param reference the provider's id of the payout, which also appears in the bank
 * statement's remittance text
 * @param arrival the day it is expected on (or arrived on) the account
 * @param amountCents what reaches the account
 * @param feeCents the fees kept back
 * @param paymentRefs the payments it settles
 */
public record Payout(String provider, String reference, LocalDate arrival, long amountCents, long feeCents,
		List<String> paymentRefs) {

	public Payout {
		paymentRefs = List.copyOf(paymentRefs);
	}

}
