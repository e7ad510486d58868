package org.vigie.fundraising.ledger;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An entry to append to the ledger.
 *
 * @param key names the movement and nothing else ({@code mollie:tr_x:paid},
 * {@code statement:<bank reference>}, {@code staff:<uuid>}): appending the same key twice
 * changes nothing
 * @param kind what it records
 * @param campaignId the campaign credited
 * @param pageId the runner's or team's page credited, or {@code null}
 * @param giftId the gift, or {@code null} for income that is not a gift
 * @param donorId the donor, or {@code null}
 * @param amountCents signed: positive for money received
 * @param feeCents what the provider kept of it (positive), else 0
 * @param deductible whether it counts for the donor's tax certificate
 * @param bookedOn the day the money moved
 * @param source who or what recorded it
 * @param note a short note, never personal data
 * @param corrects the entry a correction corrects, or {@code null}
 */
public record NewEntry(String key, EntryKind kind, UUID campaignId, UUID pageId, UUID giftId, UUID donorId,
		long amountCents, long feeCents, boolean deductible, LocalDate bookedOn, EntrySource source, String note,
		Long corrects) {

	/** The absurd: more than a million euros in one movement. */
	public static final long MAX_CENTS = 100_000_000L;

	public NewEntry {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(campaignId, "campaignId");
		Objects.requireNonNull(bookedOn, "bookedOn");
		Objects.requireNonNull(source, "source");
		if (Math.abs(amountCents) > MAX_CENTS || feeCents < 0 || feeCents > MAX_CENTS) {
			throw new IllegalArgumentException("Absurd amount");
		}
		boolean positive = amountCents > 0;
		switch (kind) {
			case GIFT, INCOME -> require(positive);
			case REFUND, CHARGEBACK -> require(amountCents < 0);
			case CORRECTION -> require(amountCents != 0 && corrects != null);
		}
		if (key.length() > 200) {
			throw new IllegalArgumentException("Key too long");
		}
	}

	private static void require(boolean condition) {
		if (!condition) {
			throw new IllegalArgumentException("Wrong sign for this kind of entry");
		}
	}

}
