package org.vigie.fundraising.admin;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingFixtures;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignKind;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.gifts.Monthlies;
import org.vigie.fundraising.gifts.Monthly;
import org.vigie.fundraising.gifts.PaymentEvents;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.fundraising.payments.Checkout;
import org.vigie.fundraising.payments.CheckoutRequest;
import org.vigie.fundraising.payments.PaymentEvent;
import org.vigie.fundraising.payments.PaymentMethod;
import org.vigie.fundraising.payments.PaymentProvider;
import org.vigie.fundraising.payments.PaymentRefused;
import org.vigie.fundraising.payments.Payout;
import org.vigie.fundraising.payments.WebhookCall;
import org.vigie.identity.Role;
import org.vigie.site.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refunds and stops through the payment provider port. A provider that only records what
 * it is asked stands in for Mollie or Stripe, which cannot run here; it is added to the
 * shared context for the test and removed after it. The same refund form sent twice asks
 * the provider once; while a refund is on its way no one can ask for more than what is
 * left; the ledger records the refund when the provider's event arrives, to the cent; a
 * refusal gives nothing back and blocks nothing; a monthly gift is stopped at the
 * provider before here.
 */
@FundraisingTest
class ProviderRefundTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final String NAME = "recordpay";

	@Autowired
	private ApplicationContext context;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private Gifts gifts;

	@Autowired
	private Ledger ledger;

	@Autowired
	private PaymentEvents events;

	@Autowired
	private Monthlies monthlies;

	@Autowired
	private TestClock clock;

	private final RecordingProvider provider = new RecordingProvider();

	@BeforeEach
	void addProvider() {
		factory().registerSingleton(NAME, this.provider);
	}

	@AfterEach
	void removeProvider() {
		factory().destroySingleton(NAME);
	}

	@Test
	void aRefundIsAskedOnceAndRecordedWhenTheProviderSaysTheMoneyWent() {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		String ref = "tr_" + UUID.randomUUID();
		Gift gift = AdminFixtures.cardReceived(this.gifts, campaign, AdminFixtures.certified(AdminFixtures.email()),
				5000, 39, NAME, ref, today());
		StaffBrowser browser = Fundraisers.signIn(this.context, Role.FUNDRAISER, Language.EN).browser();
		String giftPath = "/admin/fundraising/gifts/" + gift.id();
		Map<String, String> form = form(browser, giftPath);
		form.put("amount", "20");

		assertThat(Fundraisers.location(browser.post(giftPath + "/refund", form)))
			.isEqualTo(giftPath + "?done=refundAsked");
		assertThat(Fundraisers.location(browser.post(giftPath + "/refund", form)))
			.isEqualTo(giftPath + "?done=already");
		assertThat(this.provider.refunds).containsExactly(ref + "=2000");
		assertThat(this.ledger.giftNet(gift.id())).as("not gone yet").isEqualTo(5000);

		Map<String, String> more = form(browser, giftPath);
		assertThat(more.get("amount")).isEqualTo("30.00");
		more.put("amount", "30.01");
		HttpResponse<String> refused = browser.post(giftPath + "/refund", more);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.body()).select("[role=alert]").text()).contains("€30.00 at most");

		this.events.record(NAME, new PaymentEvent(NAME + ":re_" + UUID.randomUUID(), PaymentEvent.Kind.REFUNDED,
				gift.id(), ref, null, 2000, 0, Instant.now()));
		assertThat(this.ledger.giftNet(gift.id())).isEqualTo(3000);
		assertThat(this.ledger.figures(campaign.id(), campaign.goalCents()).raisedCents()).isEqualTo(3000);
		assertThat(form(browser, giftPath).get("amount")).as("what is left, nothing counted twice").isEqualTo("30.00");

		this.provider.refuse = true;
		Map<String, String> last = form(browser, giftPath);
		assertThat(Fundraisers.location(browser.post(giftPath + "/refund", last)))
			.isEqualTo(giftPath + "?done=providerRefused");
		assertThat(this.ledger.giftNet(gift.id())).isEqualTo(3000);
		assertThat(form(browser, giftPath).get("amount")).as("a refusal blocks nothing").isEqualTo("30.00");
	}

	@Test
	void aMonthlyGiftIsStoppedAtTheProviderThenHere() {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		Gift gift = AdminFixtures.cardReceived(this.gifts, campaign, AdminFixtures.certified(AdminFixtures.email()),
				1500, 20, NAME, "tr_" + UUID.randomUUID(), today());
		String subscription = "sub_" + UUID.randomUUID();
		UUID monthly = this.monthlies.start(gift, subscription, Instant.now());
		this.monthlies.failed(monthly, Instant.now());
		StaffBrowser browser = Fundraisers.signIn(this.context, Role.FUNDRAISER, Language.EN).browser();

		this.provider.refuse = true;
		HttpResponse<String> refused = browser.submit("/admin/fundraising",
				"/admin/fundraising/monthly/" + monthly + "/stop", Map.of());
		assertThat(Jsoup.parse(refused.body()).select("[role=alert]").text())
			.contains("did not stop this monthly gift");
		assertThat(this.monthlies.byId(monthly).orElseThrow().status()).isEqualTo(Monthly.Status.FAILING);

		this.provider.refuse = false;
		assertThat(Fundraisers.location(
				browser.submit("/admin/fundraising", "/admin/fundraising/monthly/" + monthly + "/stop", Map.of())))
			.isEqualTo("/admin/fundraising?done=stopped");
		assertThat(this.provider.stopped).containsExactly(subscription);
		assertThat(this.monthlies.byId(monthly).orElseThrow().status()).isEqualTo(Monthly.Status.STOPPED);
	}

	@Test
	void anAllOrNothingCampaignMissingItsGoalAsksTheProviderForEachGiftOnce() {
		Campaign open = FundraisingFixtures.campaign(this.campaigns, CampaignKind.APPEAL, today().minusDays(20),
				today().plusDays(1));
		Campaign campaign = this.campaigns
			.byId(this.campaigns.save(new Campaign(open.id(), open.key(), open.kind(), open.goalCents(), open.opensOn(),
					open.closesOn(), false, true, true, 99, open.texts(), open.stretchGoals()), this.clock.instant()))
			.orElseThrow();
		String ref = "tr_" + UUID.randomUUID();
		AdminFixtures.cardReceived(this.gifts, campaign, AdminFixtures.certified(AdminFixtures.email()), 2500, 45, NAME,
				ref, today());
		AdminFixtures.transferReceived(this.gifts, campaign, AdminFixtures.certified(AdminFixtures.email()), 1000,
				today());
		this.clock.advance(java.time.Duration.ofDays(3));
		StaffBrowser browser = Fundraisers.signIn(this.context, Role.FUNDRAISER, Language.EN).browser();
		String refundAll = "/admin/fundraising/campaigns/" + campaign.id() + "/refund-all";

		assertThat(Fundraisers.location(browser.submit(refundAll, refundAll, Map.of())))
			.isEqualTo(refundAll + "?done=refundAsked");
		assertThat(Fundraisers.location(browser.submit(refundAll, refundAll, Map.of())))
			.isEqualTo(refundAll + "?done=refundAsked");
		assertThat(this.provider.refunds).as("asked once, the second click finds it on its way")
			.containsExactly(ref + "=2500");
		assertThat(Jsoup.parse(browser.get(refundAll).body()).select("[data-transfers] [data-gift]")).hasSize(1);
	}

	private DefaultListableBeanFactory factory() {
		return (DefaultListableBeanFactory) ((ConfigurableApplicationContext) this.context).getBeanFactory();
	}

	private static Map<String, String> form(StaffBrowser browser, String giftPath) {
		Element form = Jsoup.parse(browser.get(giftPath).body()).selectFirst("form[data-refund-form]");
		Map<String, String> fields = new HashMap<>();
		form.select("input[name]").forEach((input) -> fields.put(input.attr("name"), input.val()));
		return fields;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
	}

	/** A provider that records what it is asked, and refuses when told to. */
	static final class RecordingProvider implements PaymentProvider {

		final List<String> refunds = new ArrayList<>();

		final List<String> stopped = new ArrayList<>();

		volatile boolean refuse;

		@Override
		public String name() {
			return NAME;
		}

		@Override
		public Set<PaymentMethod> methods() {
			return Set.of(PaymentMethod.CARD);
		}

		@Override
		public Checkout start(CheckoutRequest request) {
			throw new PaymentRefused("fundraising.payment.problem.unavailable", "not in this test");
		}

		@Override
		public List<PaymentEvent> events(WebhookCall call) {
			throw new PaymentRefused("fundraising.payment.problem.forged", "not in this test");
		}

		@Override
		public void changeMonthly(String subscriptionRef, long amountCents) {
			throw new PaymentRefused("fundraising.payment.problem.unavailable", "not in this test");
		}

		@Override
		public void stopMonthly(String subscriptionRef) {
			if (this.refuse) {
				throw new PaymentRefused("fundraising.payment.problem.unavailable", "refused");
			}
			this.stopped.add(subscriptionRef);
		}

		@Override
		public void refund(String paymentRef, long amountCents) {
			if (this.refuse) {
				throw new PaymentRefused("fundraising.payment.problem.unavailable", "refused");
			}
			this.refunds.add(paymentRef + "=" + amountCents);
		}

		@Override
		public List<Payout> payouts(LocalDate from, LocalDate to) {
			return List.of();
		}

	}

}
