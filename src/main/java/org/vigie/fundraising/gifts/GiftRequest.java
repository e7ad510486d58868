package org.vigie.fundraising.gifts;

import java.util.UUID;

import org.vigie.fundraising.donors.DonorDetails;
import org.vigie.fundraising.payments.PaymentMethod;

/**
 * A gift a donor asks to make, already checked by the form.
 *
 * @param campaignId the campaign
 * @param pageId the runner's or team's page to credit, or {@code null}
 * @param amountCents the amount
 * @param monthly whether to give every month
 * @param method how to pay
 * @param donor who gives
 * @param certificateWanted whether a tax certificate is wanted (then the donor gave a
 * national register number and an address)
 * @param publicName the name to show on the campaign page, or {@code null}
 */
public record GiftRequest(UUID campaignId, UUID pageId, long amountCents, boolean monthly, PaymentMethod method,
		DonorDetails donor, boolean certificateWanted, String publicName) {

}
