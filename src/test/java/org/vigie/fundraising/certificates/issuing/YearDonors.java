package org.vigie.fundraising.certificates.issuing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingFixtures;
import org.vigie.fundraising.banking.NationalRegisterNumber;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.donors.DonorDetails;
import org.vigie.fundraising.donors.PostalAddress;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.GiftRequest;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.ledger.EntryKind;
import org.vigie.fundraising.ledger.EntrySource;
import org.vigie.fundraising.payments.PaymentMethod;
import org.vigie.site.Language;

/**
 * Donors and gifts of a tax year for the certificate tests, made through the core's own
 * paths ({@link Gifts#promise}, {@link Gifts#settle}, {@link Gifts#giveBack}), on a
 * campaign of the test's own. Each test works on a year of its own, so that tests sharing
 * the database never see one another's certificates.
 */
final class YearDonors {

	private static final AtomicLong SEQUENCE = new AtomicLong();

	private final Gifts gifts;

	private final Campaign campaign;

	private final int year;

	YearDonors(Gifts gifts, CampaignStore campaigns, int year) {
		this.gifts = gifts;
		this.campaign = FundraisingFixtures.openAppeal(campaigns, LocalDate.now());
		this.year = year;
	}

	/**
	 * A national register number with valid check digits (people born in 1975), a new one
	 * each time.
	 */
	static NationalRegisterNumber nrn() {
		long n = SEQUENCE.incrementAndGet();
		long nine = 750_101_000L + (n / 900) * 1000 + 1 + (n % 900);
		long check = 97 - (nine % 97);
		return NationalRegisterNumber.parse(String.format("%09d%02d", nine, check));
	}

	/** A Brussels address. */
	static PostalAddress address() {
		return new PostalAddress("Rue des Essais " + SEQUENCE.incrementAndGet(), "1000", "Bruxelles", "BE");
	}

	/** Sets the clock to a January morning after the year. */
	static void january(TestClock clock, int year) {
		clock.set(LocalDate.of(year + 1, 1, 12).atTime(9, 0).toInstant(ZoneOffset.UTC));
	}

	/** A donor with a national register number and an address. */
	Giver certified(String first, String last, Language language) {
		return new Giver(new DonorDetails(email(), first, last, address(), nrn(), language, "test"));
	}

	/** A donor who gave neither a national register number nor an address. */
	Giver anonymous(String first, String last) {
		return new Giver(new DonorDetails(email(), first, last, null, null, Language.FR, "test"));
	}

	/** A donor with that national number and that address. */
	Giver with(String first, String last, Language language, NationalRegisterNumber nrn, PostalAddress address) {
		return new Giver(new DonorDetails(email(), first, last, address, nrn, language, "test"));
	}

	private static String email() {
		return "certificate-" + UUID.randomUUID() + "@example.invalid";
	}

	/** A donor of the test, who gives. */
	final class Giver {

		private final DonorDetails details;

		private UUID donorId;

		private Giver(DonorDetails details) {
			this.details = details;
		}

		/** A settled gift booked on that day of the test's year. */
		Gift gives(long cents, int month, int day) {
			return givesOn(cents, LocalDate.of(YearDonors.this.year, month, day));
		}

		/** A settled gift booked on that day. */
		Gift givesOn(long cents, LocalDate bookedOn) {
			Gift gift = YearDonors.this.gifts
				.promise(
						new GiftRequest(YearDonors.this.campaign.id(), null, cents, false, PaymentMethod.TRANSFER,
								this.details, this.details.nationalNumber() != null, null),
						LocalDate.now(), Instant.now());
			YearDonors.this.gifts.settle(gift.id(), cents, 0, bookedOn, "test:" + UUID.randomUUID(),
					EntrySource.STATEMENT);
			this.donorId = gift.donorId();
			return gift;
		}

		/** Money going back on a gift, booked on that day of the test's year. */
		void refunded(Gift gift, EntryKind kind, long cents, int month, int day) {
			YearDonors.this.gifts.giveBack(gift.id(), kind, cents, LocalDate.of(YearDonors.this.year, month, day),
					"test:" + UUID.randomUUID(), EntrySource.STAFF);
		}

		UUID id() {
			return this.donorId;
		}

		String email() {
			return this.details.email();
		}

		String name() {
			return this.details.firstName() + " " + this.details.lastName();
		}

	}

}
