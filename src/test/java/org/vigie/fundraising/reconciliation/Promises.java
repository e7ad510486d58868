package org.vigie.fundraising.reconciliation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.donors.DonorDetails;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.GiftRequest;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.payments.PaymentMethod;
import org.vigie.site.Language;

/**
 * Gifts promised by transfer for the reconciliation tests, by donors whose last name is
 * made up for each test, so that matching by amount and name never meets another test's
 * donors in the shared database.
 */
final class Promises {

	private static final Random RANDOM = new Random();

	private Promises() {
	}

	/** A last name no other test uses: letters only, as a bank writes it. */
	static String uniqueName() {
		StringBuilder name = new StringBuilder("Q");
		for (int i = 0; i < 8; i++) {
			name.append((char) ('a' + RANDOM.nextInt(26)));
		}
		return name.toString();
	}

	/** An amount in cents no other test uses, between 100 and 9,999 euros. */
	static long uniqueCents() {
		return 10_000 + RANDOM.nextLong(989_900);
	}

	static Gift transfer(Gifts gifts, Campaign campaign, long cents, String firstName, String lastName,
			LocalDate today) {
		DonorDetails donor = new DonorDetails(firstName.toLowerCase() + "." + UUID.randomUUID() + "@example.org",
				firstName, lastName, null, null, Language.EN, "2026-12");
		return gifts.promise(
				new GiftRequest(campaign.id(), null, cents, false, PaymentMethod.TRANSFER, donor, false, null), today,
				Instant.now());
	}

}
