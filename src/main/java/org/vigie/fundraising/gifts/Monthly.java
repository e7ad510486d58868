package org.vigie.fundraising.gifts;

import java.time.Instant;
import java.util.UUID;

import org.vigie.fundraising.payments.PaymentMethod;

/**
 * A monthly gift: an agreement that a provider takes the same amount every month (or that
 * the donor's bank sends it by standing order), each payment becoming a gift.
 *
 * @param id the monthly gift
 * @param donorId who gives
 * @param campaignId the campaign
 * @param amountCents the monthly amount
 * @param method how it is paid
 * @param provider the provider, or {@code transfer} for a standing order
 * @param subscriptionRef the provider's subscription or mandate, or {@code null}
 * @param status active, failing (the last payment failed) or stopped
 * @param failures payments failed in a row
 * @param createdAt when the first payment arrived
 * @param stoppedAt when it was stopped, or {@code null}
 */
public record Monthly(UUID id, UUID donorId, UUID campaignId, long amountCents, PaymentMethod method, String provider,
		String subscriptionRef, Status status, int failures, Instant createdAt, Instant stoppedAt) {

	/** Where a monthly gift stands. */
	public enum Status {

		ACTIVE, FAILING, STOPPED

	}

}
