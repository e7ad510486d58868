package org.vigie.fundraising.admin;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A gift on a fundraiser's list.
 *
 * @param id the gift
 * @param campaignId its campaign
 * @param donorId its donor
 * @param donorName the donor's name ({@code - -} once erased)
 * @param amountCents the amount promised
 * @param netCents what the ledger holds for it now (received less given back)
 * @param method how it is paid
 * @param provider the payment provider, or {@code null}
 * @param status where it stands
 * @param monthly whether it belongs to a monthly gift
 * @param promisedOn the day it was promised
 * @param settledOn the day the money arrived, or {@code null}
 */
record GiftRow(UUID id, UUID campaignId, UUID donorId, String donorName, long amountCents, long netCents, String method,
		String provider, String status, boolean monthly, LocalDate promisedOn, LocalDate settledOn) {

}
