package org.vigie.fundraising.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An entry of the ledger, as recorded.
 *
 * @param id its number, in the order entries were recorded
 * @param key what names the movement
 * @param kind what it records
 * @param campaignId the campaign credited
 * @param pageId the page credited, or {@code null}
 * @param giftId the gift, or {@code null}
 * @param donorId the donor, or {@code null}
 * @param amountCents signed
 * @param feeCents the provider's fee
 * @param deductible whether it counts for a tax certificate
 * @param bookedOn the day the money moved
 * @param recordedAt when it was recorded
 * @param source who or what recorded it
 * @param note a short note
 * @param corrects the entry it corrects, or {@code null}
 */
public record LedgerEntry(long id, String key, EntryKind kind, UUID campaignId, UUID pageId, UUID giftId, UUID donorId,
		long amountCents, long feeCents, boolean deductible, LocalDate bookedOn, Instant recordedAt, EntrySource source,
		String note, Long corrects) {

	/** What reaches the NGO once the provider's fee is taken. */
	public long netCents() {
		return this.amountCents - this.feeCents;
	}

}
