package org.vigie.fundraising.gifts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingFixtures;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.donors.DonorDetails;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.fundraising.payments.PaymentEvent;
import org.vigie.fundraising.payments.PaymentEvent.Kind;
import org.vigie.fundraising.payments.PaymentMethod;
import org.vigie.fundraising.payments.PaymentRefused;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What providers report is recorded once, whatever the order and however often it comes:
 * the same event ten times, on many threads at once, a refund before its payment, a
 * failure after a success; and a monthly gift's later payments become gifts of their own.
 */
@FundraisingTest
class PaymentEventsTest {

	@Autowired
	private PaymentEvents events;

	@Autowired
	private Gifts gifts;

	@Autowired
	private Monthlies monthlies;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private Ledger ledger;

	@Autowired
	private TestClock clock;

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/**
	 * The thank-you emails of these gifts go to addresses nobody reads here: they leave
	 * the outbox so as not to hold up the emails other tests wait for.
	 */
	@org.junit.jupiter.api.AfterEach
	void forgetTheirEmails() {
		this.jdbc
			.sql("delete from notifications_outbox where recipient like 'card.%@example.org' and claimed_until is null")
			.update();
	}

	@Test
	void theSameEventDeliveredTenTimesCountsOnce() {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		Gift gift = cardGift(campaign, 5000, false);
		PaymentEvent paid = event("mollie:tr_1" + gift.id() + ":paid", Kind.PAID, gift, "tr_" + gift.id(), 5000, 54);

		int recorded = 0;
		for (int i = 0; i < 10; i++) {
			recorded += this.events.record("mollie", paid) ? 1 : 0;
		}

		assertThat(recorded).isEqualTo(1);
		assertThat(this.ledger.figures(campaign.id(), campaign.goalCents()).raisedCents()).isEqualTo(5000);
		assertThat(this.ledger.ofGift(gift.id())).singleElement().satisfies((entry) -> {
			assertThat(entry.feeCents()).isEqualTo(54);
			assertThat(entry.netCents()).isEqualTo(4946);
		});
		assertThat(this.gifts.byId(gift.id()).orElseThrow().status()).isEqualTo(GiftStatus.SETTLED);
	}

	@Test
	void twoEventsReportingTheSamePaymentCountItOnce() {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		Gift gift = cardGift(campaign, 3000, false);
		String payment = "pi_" + gift.id();

		this.events.record("stripe", event("stripe:evt_a" + gift.id(), Kind.PAID, gift, payment, 3000, 0));
		this.events.record("stripe", event("stripe:evt_b" + gift.id(), Kind.PAID, gift, payment, 3000, 0));

		assertThat(this.ledger.figures(campaign.id(), campaign.goalCents()).raisedCents()).isEqualTo(3000);
	}

	@Test
	void deliveriesRacingOnManyThreadsCountOnce() throws Exception {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		Gift gift = cardGift(campaign, 2500, false);
		PaymentEvent paid = event("mollie:tr_race" + gift.id() + ":paid", Kind.PAID, gift, "tr_" + gift.id(), 2500, 0);
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				results.add(pool.submit(() -> this.events.record("mollie", paid)));
			}
			int recorded = 0;
			for (Future<Boolean> result : results) {
				recorded += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(recorded).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.ledger.figures(campaign.id(), campaign.goalCents()).raisedCents()).isEqualTo(2500);
	}

	@Test
	void eventsOutOfOrderEndWithTheRightTotalsAndStatus() {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		Gift refunded = cardGift(campaign, 4000, false);
		String payment = "tr_" + refunded.id();
		this.events.record("mollie", event("mollie:re_1" + refunded.id(), Kind.REFUNDED, refunded, payment, 4000, 0));
		this.events.record("mollie", event("mollie:" + payment + ":paid", Kind.PAID, refunded, payment, 4000, 0));

		Gift kept = cardGift(campaign, 1500, false);
		String keptPayment = "tr_" + kept.id();
		this.events.record("mollie", event("mollie:" + keptPayment + ":paid", Kind.PAID, kept, keptPayment, 1500, 0));
		this.events.record("mollie", event("mollie:" + keptPayment + ":failed", Kind.FAILED, kept, keptPayment, 0, 0));

		assertThat(this.gifts.byId(refunded.id()).orElseThrow().status()).isEqualTo(GiftStatus.REFUNDED);
		assertThat(this.gifts.byId(kept.id()).orElseThrow().status()).as("a late failure does not undo money received")
			.isEqualTo(GiftStatus.SETTLED);
		assertThat(this.ledger.figures(campaign.id(), campaign.goalCents()).raisedCents()).isEqualTo(1500);
		assertThat(this.ledger.figures(campaign.id(), campaign.goalCents()).donors()).isEqualTo(1);
	}

	@Test
	void aMonthlyGiftStartsWithItsFirstPaymentAndEachLaterPaymentIsAGift() {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		Gift first = cardGift(campaign, 1000, true);
		String firstPayment = "tr_" + first.id();
		assertThat(this.monthlies.ofDonor(first.donorId())).as("nothing before the first payment").isEmpty();

		this.events.record("mollie", new PaymentEvent("mollie:" + firstPayment + ":paid", Kind.PAID, first.id(),
				firstPayment, "sub_1", 1000, 0, Instant.now()));
		Monthly monthly = this.monthlies.ofDonor(first.donorId()).get(0);
		assertThat(monthly.status()).isEqualTo(Monthly.Status.ACTIVE);

		for (int month = 1; month <= 2; month++) {
			PaymentEvent next = new PaymentEvent("mollie:tr_m" + month + first.id() + ":paid", Kind.MONTHLY_PAID,
					first.id(), "tr_m" + month + first.id(), "sub_1", 1000, 0, Instant.now());
			this.events.record("mollie", next);
			this.events.record("mollie", next);
		}
		PaymentEvent failed = new PaymentEvent("mollie:tr_m3" + first.id() + ":failed", Kind.MONTHLY_FAILED, first.id(),
				"tr_m3" + first.id(), "sub_1", 1000, 0, Instant.now());
		this.events.record("mollie", failed);

		assertThat(this.gifts.ofDonor(first.donorId())).hasSize(3)
			.allSatisfy((gift) -> assertThat(gift.status()).isEqualTo(GiftStatus.SETTLED));
		assertThat(this.ledger.figures(campaign.id(), campaign.goalCents()).raisedCents()).isEqualTo(3000);
		assertThat(this.monthlies.byId(monthly.id()).orElseThrow().status()).isEqualTo(Monthly.Status.FAILING);
		assertThat(this.monthlies.failing()).extracting(Monthly::id).contains(monthly.id());
	}

	@Test
	void anEventNamingNoGiftOfOursIsRefusedAndRecordsNothing() {
		PaymentEvent forged = new PaymentEvent("mollie:tr_forged:paid", Kind.PAID, UUID.randomUUID(), "tr_forged", null,
				100000, 0, Instant.now());
		assertThatExceptionOfType(PaymentRefused.class).isThrownBy(() -> this.events.record("mollie", forged));
	}

	@Test
	void fiveHundredConcurrentDonationsAddUpExactly() throws Exception {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		List<Gift> promised = new ArrayList<>();
		long expected = 0;
		for (int i = 0; i < 500; i++) {
			long cents = 500 + (i % 37) * 101;
			promised.add(cardGift(campaign, cents, false));
			expected += cents;
		}
		ExecutorService pool = Executors.newFixedThreadPool(32);
		try {
			List<Callable<Boolean>> tasks = new ArrayList<>();
			for (Gift gift : promised) {
				tasks.add(() -> this.events.record("mollie", event("mollie:tr_" + gift.id() + ":paid", Kind.PAID, gift,
						"tr_" + gift.id(), gift.amountCents(), 0)));
			}
			for (Future<Boolean> result : pool.invokeAll(tasks, 120, TimeUnit.SECONDS)) {
				assertThat(result.get()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.ledger.figures(campaign.id(), campaign.goalCents()).raisedCents()).isEqualTo(expected);
		assertThat(this.ledger.figures(campaign.id(), campaign.goalCents()).donors()).isEqualTo(500);
	}

	private Gift cardGift(Campaign campaign, long cents, boolean monthly) {
		String email = "card." + UUID.randomUUID() + "@example.org";
		Gift gift = this.gifts.promise(
				new GiftRequest(campaign.id(), null, cents, monthly, PaymentMethod.CARD,
						new DonorDetails(email, "Jo", "Peeters", null, null, Language.EN, "test"), false, null),
				today(), this.clock.instant());
		this.gifts.startedWith(gift.id(), "mollie", "tr_" + gift.id());
		return this.gifts.byId(gift.id()).orElseThrow();
	}

	private static PaymentEvent event(String key, Kind kind, Gift gift, String payment, long cents, long fee) {
		return new PaymentEvent(key, kind, gift.id(), payment, null, cents, fee, Instant.now());
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
	}

}
