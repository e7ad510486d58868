package org.vigie.fundraising.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.vigie.fundraising.banking.NationalRegisterNumber;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.donors.DonorDetails;
import org.vigie.fundraising.donors.PostalAddress;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.GiftRequest;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.ledger.EntrySource;
import org.vigie.fundraising.payments.PaymentMethod;
import org.vigie.site.Language;

/**
 * Donors and received gifts for the back-office tests, each donor with an email of its
 * own.
 */
final class AdminFixtures {

	/** A national register number with right check digits (born 30 July 1985). */
	static final String NATIONAL_NUMBER = "85.07.30-033.28";

	private AdminFixtures() {
	}

	static String email() {
		return "donor." + UUID.randomUUID() + "@example.org";
	}

	/** A donor who opted in to a certificate, with an address and a national number. */
	static DonorDetails certified(String email) {
		return new DonorDetails(email, "Lotte", "Peeters", new PostalAddress("Rue Haute 12", "1000", "Bruxelles", "BE"),
				NationalRegisterNumber.parse(NATIONAL_NUMBER), Language.NL, "2026-1");
	}

	/** A gift by transfer of that donor, received on {@code today}. */
	static Gift transferReceived(Gifts gifts, Campaign campaign, DonorDetails donor, long cents, LocalDate today) {
		Gift gift = gifts.promise(new GiftRequest(campaign.id(), null, cents, false, PaymentMethod.TRANSFER, donor,
				donor.nationalNumber() != null, null), today, Instant.now());
		gifts.settle(gift.id(), cents, 0, today, "statement:" + UUID.randomUUID(), EntrySource.STATEMENT);
		return gifts.byId(gift.id()).orElseThrow();
	}

	/** A gift by card through a provider, received on {@code today} with its fee. */
	static Gift cardReceived(Gifts gifts, Campaign campaign, DonorDetails donor, long cents, long fee, String provider,
			String paymentRef, LocalDate today) {
		Gift gift = gifts.promise(
				new GiftRequest(campaign.id(), null, cents, false, PaymentMethod.CARD, donor, false, null), today,
				Instant.now());
		gifts.startedWith(gift.id(), provider, paymentRef);
		gifts.settle(gift.id(), cents, fee, today, provider + ":" + paymentRef + ":paid", EntrySource.PROVIDER);
		return gifts.byId(gift.id()).orElseThrow();
	}

}
