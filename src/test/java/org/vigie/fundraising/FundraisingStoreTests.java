package org.vigie.fundraising;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.vigie.DatabaseTest;
import org.vigie.TestClock;
import org.vigie.fundraising.banking.NationalRegisterNumber;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignKind;
import org.vigie.fundraising.campaigns.CampaignRefused;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.campaigns.CampaignText;
import org.vigie.fundraising.campaigns.StretchGoal;
import org.vigie.fundraising.donors.DonorDetails;
import org.vigie.fundraising.donors.Donors;
import org.vigie.fundraising.donors.PostalAddress;
import org.vigie.fundraising.gifts.FundraisingProperties;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.GiftRequest;
import org.vigie.fundraising.gifts.GiftStatus;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.gifts.Monthlies;
import org.vigie.fundraising.gifts.PaymentEvents;
import org.vigie.fundraising.gifts.Transfers;
import org.vigie.fundraising.ledger.EntryKind;
import org.vigie.fundraising.ledger.EntrySource;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.fundraising.ledger.NewEntry;
import org.vigie.fundraising.payments.PaymentEvent;
import org.vigie.fundraising.payments.PaymentMethod;
import org.vigie.identity.keys.TinkServerKeys;
import org.vigie.learning.LearningDatabaseParts;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Fundraising's SQL on each database (H2, and PostgreSQL in its run): a campaign with its
 * texts and stretch goals, donors found again by email with their number sealed, gifts
 * settled once through the ledger's keys even when deliveries race (PostgreSQL aborts the
 * loser's transaction, which must be run again and find the entry), refunds, and figures
 * computed from the entries.
 */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ CampaignStore.class, Ledger.class, Donors.class, Gifts.class, Monthlies.class, Transfers.class,
		PaymentEvents.class, TinkServerKeys.class, LearningDatabaseParts.class, FundraisingStoreTests.Parts.class })
@ComponentScan(basePackageClasses = Gifts.class, useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*ThankYouMail"))
class FundraisingStoreTests {

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private Ledger ledger;

	@Autowired
	private Donors donors;

	@Autowired
	private Gifts gifts;

	@Autowired
	private Transfers transfers;

	@Autowired
	private PaymentEvents events;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private LearningDatabaseParts.SentEmails mailer;

	@Test
	void aCampaignIsStoredWithItsTextsAndStretchGoalsAndItsSlugsStayItsOwn() {
		Campaign campaign = campaign("a");
		UUID id = this.campaigns.save(campaign, Instant.now());
		Campaign stored = this.campaigns.byId(id).orElseThrow();
		assertThat(stored.text(Language.NL).title()).isEqualTo("Titel a");
		assertThat(stored.stretchGoals()).singleElement()
			.satisfies((goal) -> assertThat(goal.labels().get(Language.EN)).isEqualTo("More"));
		assertThat(this.campaigns.publishedBySlug(Language.EN, stored.text(Language.EN).slug())).isPresent();

		Campaign other = campaign("b");
		Map<Language, CampaignText> texts = new EnumMap<>(other.texts());
		texts.put(Language.FR, stored.text(Language.FR));
		assertThatExceptionOfType(CampaignRefused.class)
			.isThrownBy(() -> this.campaigns.save(new Campaign(null, other.key(), other.kind(), other.goalCents(),
					other.opensOn(), other.closesOn(), true, true, true, 1, texts, List.of()), Instant.now()))
			.satisfies((refused) -> assertThat(refused.code()).isEqualTo("fundraising.campaign.problem.slugTaken"));
	}

	@Test
	void aDonorIsFoundAgainByEmailAndTheirNumberIsSealed() {
		String email = "Lea." + UUID.randomUUID() + "@Example.org";
		UUID first = this.donors.record(details(email, null), Instant.now());
		UUID again = this.donors.record(details(email.toLowerCase(), NationalRegisterNumber.parse("85073003328")),
				Instant.now());
		assertThat(again).isEqualTo(first);
		String sealed = this.jdbc.sql("select nrn_sealed from fundraising_donor where id = ?")
			.param(first)
			.query(String.class)
			.single();
		assertThat(sealed).doesNotContain("85073003328");
		assertThat(this.donors.nationalNumber(first, "test", "check").orElseThrow().digits()).isEqualTo("85073003328");
	}

	@Test
	void figuresComeFromTheLedgerWithRefundsAndIncome() {
		UUID campaign = this.campaigns.save(campaign("c"), Instant.now());
		Gift one = promise(campaign, 5000);
		Gift two = promise(campaign, 2000);
		this.transfers.settle(one.communication(), 5000, LocalDate.now(), "statement:c1-" + one.id());
		this.transfers.settle(two.communication(), 2000, LocalDate.now(), "statement:c2-" + two.id());
		this.gifts.giveBack(two.id(), EntryKind.REFUND, 2000, LocalDate.now(), "staff:refund:" + two.id(),
				EntrySource.STAFF);
		this.ledger.append(new NewEntry("staff:income:" + campaign, EntryKind.INCOME, campaign, null, null, null, 1500,
				0, false, LocalDate.now(), EntrySource.STAFF, "Entry fees", null), Instant.now());

		assertThat(this.ledger.figures(campaign, 100_000).raisedCents()).isEqualTo(6500);
		assertThat(this.ledger.figures(campaign, 100_000).donors()).as("the refunded donor no longer counts")
			.isEqualTo(1);
		assertThat(this.gifts.byId(two.id()).orElseThrow().status()).isEqualTo(GiftStatus.REFUNDED);
		assertThat(this.mailer.sent)
			.filteredOn((email) -> email.to().contains(one.donorId().toString().substring(0, 4)))
			.isEmpty();
	}

	@Test
	void racingDeliveriesOfOnePaymentCountOnceOnEveryDatabase() throws Exception {
		UUID campaign = this.campaigns.save(campaign("d"), Instant.now());
		List<Gift> promised = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			Gift gift = this.gifts.promise(
					new GiftRequest(campaign, null, 1000, false, PaymentMethod.CARD,
							details("race" + i + "." + UUID.randomUUID() + "@example.org", null), false, null),
					LocalDate.now(), Instant.now());
			this.gifts.startedWith(gift.id(), "mollie", "tr_" + gift.id());
			promised.add(gift);
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (Gift gift : promised) {
				PaymentEvent paid = new PaymentEvent("mollie:tr_" + gift.id() + ":paid", PaymentEvent.Kind.PAID,
						gift.id(), "tr_" + gift.id(), null, 1000, 29, Instant.now());
				for (int copy = 0; copy < 4; copy++) {
					results.add(pool.submit(() -> this.events.record("mollie", paid)));
				}
			}
			long recorded = 0;
			for (Future<Boolean> result : results) {
				recorded += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(recorded).isEqualTo(20);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.ledger.figures(campaign, 100_000).raisedCents()).isEqualTo(20_000);
		assertThat(this.jdbc.sql("select sum(fee_cents) from fundraising_ledger where campaign_id = ?")
			.param(campaign)
			.query(Long.class)
			.single()).isEqualTo(20 * 29);
	}

	@Test
	void aGiftWhoseMoneyIsInTheLedgerIsReceivedEvenBeforeItsStatusFollows() {
		UUID campaign = this.campaigns.save(campaign("e"), Instant.now());
		Gift gift = promise(campaign, 2500);
		Transfers.BulkSettlement first = this.transfers.settleAll(
				List.of(new Transfers.TransferLine(gift.id(), 2500, LocalDate.now(), "statement:e1-" + gift.id())),
				EntrySource.STATEMENT);
		assertThat(first.toThank()).containsKey(gift.id());
		assertThat(this.gifts.byId(gift.id()).orElseThrow().status()).as("the status follows after the import")
			.isEqualTo(GiftStatus.PENDING);

		Transfers.BulkSettlement second = this.transfers.settleAll(
				List.of(new Transfers.TransferLine(gift.id(), 2500, LocalDate.now(), "statement:e2-" + gift.id())),
				EntrySource.STATEMENT);

		UUID again = second.giftByKey().get("statement:e2-" + gift.id());
		assertThat(again).as("the same communication paid again is a new gift").isNotNull().isNotEqualTo(gift.id());
		assertThat(this.ledger.giftNet(gift.id())).isEqualTo(2500);
		this.gifts.settledFirstTime(Map.of(gift.id(), LocalDate.now()));
		assertThat(this.gifts.byId(gift.id()).orElseThrow().status()).isEqualTo(GiftStatus.SETTLED);
		assertThat(this.ledger.figures(campaign, 100_000).raisedCents()).isEqualTo(5000);
	}

	private Gift promise(UUID campaign, long cents) {
		return this.gifts.promise(
				new GiftRequest(campaign, null, cents, false, PaymentMethod.TRANSFER,
						details("g." + UUID.randomUUID() + "@example.org", null), false, null),
				LocalDate.now(), Instant.now());
	}

	private static DonorDetails details(String email, NationalRegisterNumber nrn) {
		return new DonorDetails(email, "Léa", "Claes",
				(nrn != null) ? new PostalAddress("Rue Haute 1", "1000", "Bruxelles", "BE") : null, nrn, Language.FR,
				"test");
	}

	private static Campaign campaign(String name) {
		String n = name + UUID.randomUUID().toString().substring(0, 6);
		Map<Language, CampaignText> texts = new EnumMap<>(Language.class);
		texts.put(Language.FR, new CampaignText("fr-" + n, "Titre " + name, "Résumé", "Histoire", "Merci"));
		texts.put(Language.NL, new CampaignText("nl-" + n, "Titel " + name, "Samenvatting", "Verhaal", "Bedankt"));
		texts.put(Language.EN, new CampaignText("en-" + n, "Title " + name, "Summary", "Story", "Thanks"));
		return new Campaign(null, "k-" + n, CampaignKind.APPEAL, 100_000, LocalDate.now().minusDays(5),
				LocalDate.now().plusDays(5), true, true, true, 1, texts, List.of(new StretchGoal(200_000,
						Map.of(Language.FR, "Plus", Language.NL, "Meer", Language.EN, "More"))));
	}

	static class Parts {

		@Bean
		FundraisingProperties fundraisingProperties() {
			return new FundraisingProperties(null, null, null, null, null, null);
		}

	}

}
