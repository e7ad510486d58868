package org.vigie.fundraising.admin;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingFixtures;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignKind;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.GiftStatus;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.identity.Role;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refunds: a transfer paid back lowers the campaign's total by exactly its amount and is
 * audited; the same form sent twice refunds once; more than the gift has left, a
 * negative, malformed or absurd amount is refused and changes nothing; a provider gift
 * whose provider is not configured is refused with the reason. An all-or-nothing campaign
 * closed below its goal lists its transfers to pay back, each recorded once.
 */
@FundraisingTest
class RefundAdminTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	private ApplicationContext context;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private Gifts gifts;

	@Autowired
	private Ledger ledger;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Refunds refunds;

	@Test
	void aTransferRefundLowersTheTotalExactlyOnceAndNeverBeyondTheGift() {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		Gift gift = AdminFixtures.transferReceived(this.gifts, campaign, AdminFixtures.certified(AdminFixtures.email()),
				4250, today());
		AdminFixtures.transferReceived(this.gifts, campaign, AdminFixtures.certified(AdminFixtures.email()), 1000,
				today());
		Fundraisers.Signed fundraiser = Fundraisers.signIn(this.context, Role.FUNDRAISER, Language.EN);
		StaffBrowser browser = fundraiser.browser();
		String giftPath = "/admin/fundraising/gifts/" + gift.id();
		Map<String, String> form = form(browser, giftPath);
		assertThat(form.get("amount")).isEqualTo("42.50");

		for (String bad : new String[] { "42.51", "-5", "0", "abc", "1e3", "99999999999", "12.345" }) {
			Map<String, String> fields = new HashMap<>(form);
			fields.put("amount", bad);
			HttpResponse<String> refused = browser.post(giftPath + "/refund", withCsrf(browser, giftPath, fields));
			assertThat(refused.statusCode()).as(bad).isEqualTo(400);
			assertThat(Jsoup.parse(refused.body()).select("[role=alert]").text()).as(bad)
				.containsAnyOf("No more can go back", "Type a positive amount");
		}
		assertThat(raised(campaign)).isEqualTo(5250);

		Map<String, String> part = new HashMap<>(form);
		part.put("amount", "12,25");
		HttpResponse<String> done = browser.post(giftPath + "/refund", withCsrf(browser, giftPath, part));
		assertThat(Fundraisers.location(done)).isEqualTo(giftPath + "?done=refunded");
		HttpResponse<String> again = browser.post(giftPath + "/refund", withCsrf(browser, giftPath, part));
		assertThat(Fundraisers.location(again)).isEqualTo(giftPath + "?done=already");
		assertThat(raised(campaign)).isEqualTo(5250 - 1225);
		assertThat(this.ledger.giftNet(gift.id())).isEqualTo(3025);
		assertThat(this.gifts.byId(gift.id()).orElseThrow().status()).isEqualTo(GiftStatus.SETTLED);

		Map<String, String> rest = form(browser, giftPath);
		assertThat(rest.get("amount")).isEqualTo("30.25");
		Map<String, String> tooMuch = new HashMap<>(rest);
		tooMuch.put("amount", "30.26");
		assertThat(browser.post(giftPath + "/refund", withCsrf(browser, giftPath, tooMuch)).statusCode())
			.isEqualTo(400);
		assertThat(browser.post(giftPath + "/refund", withCsrf(browser, giftPath, rest)).statusCode()).isEqualTo(302);
		assertThat(raised(campaign)).isEqualTo(1000);
		assertThat(this.gifts.byId(gift.id()).orElseThrow().status()).isEqualTo(GiftStatus.REFUNDED);
		assertThat(Jsoup.parse(browser.get(giftPath).body()).select("[data-refund-form]")).isEmpty();
		String gifts = "/admin/fundraising/campaigns/" + campaign.id() + "/gifts";
		assertThat(Jsoup.parse(browser.get(gifts + "?status=REFUNDED").body()).select("[data-gift]"))
			.extracting((Element row) -> row.attr("data-gift"))
			.containsExactly(gift.id().toString());
		assertThat(Jsoup
			.parse(browser.get(gifts + "?status=SETTLED&method=TRANSFER&month=" + today().toString().substring(0, 7))
				.body())
			.select("[data-gift]")).hasSize(1).noneMatch((row) -> row.attr("data-gift").equals(gift.id().toString()));
		assertThat(Jsoup.parse(browser.get(gifts + "?method=CARD").body()).select("[data-gift]")).isEmpty();
		assertThat(Jsoup.parse(browser.get(gifts + "?month=1999-01").body()).select("[data-gift]")).isEmpty();
		assertThat(this.jdbc
			.sql("select count(*) from identity_audit where action = 'FUNDRAISING_REFUNDED' "
					+ "and target = ? and actor = ?")
			.params("gift:" + gift.id(), fundraiser.email())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aProviderGiftWhoseProviderIsNotConfiguredIsRefusedWithTheReason() {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		Gift gift = AdminFixtures.cardReceived(this.gifts, campaign, AdminFixtures.certified(AdminFixtures.email()),
				3000, 54, "absentpay", "tr_" + UUID.randomUUID(), today());
		StaffBrowser browser = Fundraisers.signIn(this.context, Role.FUNDRAISER, Language.EN).browser();
		String giftPath = "/admin/fundraising/gifts/" + gift.id();
		HttpResponse<String> refused = browser.post(giftPath + "/refund",
				withCsrf(browser, giftPath, form(browser, giftPath)));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.body()).select("[role=alert]").text())
			.contains("The provider absentpay is not configured here");
		assertThat(this.ledger.giftNet(gift.id())).isEqualTo(3000);
		assertThat(this.jdbc.sql("select count(*) from fundraising_refund_request where gift_id = ?")
			.param(gift.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anAllOrNothingCampaignClosedBelowItsGoalListsItsTransfersToPayBackEachOnce() {
		Campaign open = FundraisingFixtures.campaign(this.campaigns, CampaignKind.APPEAL, today().minusDays(20),
				today().plusDays(5));
		Campaign campaign = this.campaigns
			.byId(this.campaigns.save(new Campaign(open.id(), open.key(), open.kind(), open.goalCents(), open.opensOn(),
					open.closesOn(), false, true, true, 99, open.texts(), open.stretchGoals()), this.clock.instant()))
			.orElseThrow();
		Gift first = AdminFixtures.transferReceived(this.gifts, campaign,
				AdminFixtures.certified(AdminFixtures.email()), 2000, today());
		Gift second = AdminFixtures.transferReceived(this.gifts, campaign,
				AdminFixtures.certified(AdminFixtures.email()), 3500, today());
		StaffBrowser early = Fundraisers.signIn(this.context, Role.FUNDRAISER, Language.EN).browser();
		String refundAll = "/admin/fundraising/campaigns/" + campaign.id() + "/refund-all";
		assertThat(early.get(refundAll).statusCode()).as("still open").isEqualTo(409);

		this.clock.advance(java.time.Duration.ofDays(7));
		StaffBrowser browser = Fundraisers.signIn(this.context, Role.FUNDRAISER, Language.EN).browser();
		Document campaignPage = Jsoup.parse(browser.get("/admin/fundraising/campaigns/" + campaign.id()).body());
		assertThat(campaignPage.select("[data-owes-refunds] a").attr("href")).isEqualTo(refundAll);
		Document list = Jsoup.parse(browser.get(refundAll).body());
		assertThat(list.select("[data-transfers] [data-gift]")).hasSize(2);
		String paid = refundAll + "/" + first.id();
		assertThat(Fundraisers.location(browser.submit(refundAll, paid, Map.of())))
			.isEqualTo(refundAll + "?done=refunded");
		assertThat(Fundraisers.location(browser.post(paid, Map.of("_csrf", browser.csrf(refundAll)))))
			.as("clicked twice")
			.isEqualTo(refundAll + "?done=already");
		assertThat(raised(campaign)).isEqualTo(3500);
		assertThat(Jsoup.parse(browser.get(refundAll).body()).select("[data-transfers] [data-gift]"))
			.extracting((Element row) -> row.attr("data-gift"))
			.containsExactly(second.id().toString());
	}

	@Test
	void fundraisersRefundingTheSameGiftAtOnceNeverGiveBackMoreThanItHolds() throws Exception {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		Gift gift = AdminFixtures.transferReceived(this.gifts, campaign, AdminFixtures.certified(AdminFixtures.email()),
				4250, today());
		StaffIdentity fundraiser = new Staff("race@example.org");
		int attempts = 6;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(attempts);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
		for (int i = 0; i < attempts; i++) {
			results.add(pool.submit(() -> {
				start.await();
				try {
					return this.refunds.refund(gift.id(), "30", UUID.randomUUID().toString(), fundraiser).name();
				}
				catch (AdminRefused refused) {
					return refused.code();
				}
			}));
		}
		start.countDown();
		java.util.List<String> outcomes = new java.util.ArrayList<>();
		for (java.util.concurrent.Future<String> result : results) {
			outcomes.add(result.get(30, java.util.concurrent.TimeUnit.SECONDS));
		}
		pool.shutdown();
		assertThat(outcomes).containsOnlyOnce("RECORDED");
		assertThat(outcomes).filteredOn((outcome) -> !outcome.equals("RECORDED"))
			.containsOnly("fundraising.admin.problem.overRefund");
		assertThat(this.ledger.giftNet(gift.id())).isEqualTo(1250);
		assertThat(raised(campaign)).isEqualTo(1250);
	}

	/** A fundraiser, for calling the service directly. */
	private record Staff(String email) implements StaffIdentity {

		@Override
		public long id() {
			return 0;
		}

		@Override
		public String displayName() {
			return "Race";
		}

		@Override
		public Language language() {
			return Language.EN;
		}

		@Override
		public boolean can(org.vigie.identity.Permission permission) {
			return true;
		}

	}

	private long raised(Campaign campaign) {
		return this.ledger.figures(campaign.id(), campaign.goalCents()).raisedCents();
	}

	private static Map<String, String> form(StaffBrowser browser, String giftPath) {
		Element form = Jsoup.parse(browser.get(giftPath).body()).selectFirst("form[data-refund-form]");
		Map<String, String> fields = new HashMap<>();
		form.select("input[name]").forEach((input) -> fields.put(input.attr("name"), input.val()));
		return fields;
	}

	private static Map<String, String> withCsrf(StaffBrowser browser, String page, Map<String, String> fields) {
		Map<String, String> all = new HashMap<>(fields);
		all.put("_csrf", browser.csrf(page));
		return all;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
	}

}
