package org.vigie.fundraising.admin;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingFixtures;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.gifts.Monthlies;
import org.vigie.fundraising.gifts.Monthly;
import org.vigie.identity.Role;
import org.vigie.site.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A monthly gift whose payment failed is on the dashboard with what to do; the donor's
 * email appears only when asked; a monthly gift at a provider not configured here is not
 * stopped (it would go on being taken), a standing order is.
 */
@FundraisingTest
class MonthlyAdminTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	private ApplicationContext context;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private Gifts gifts;

	@Autowired
	private Monthlies monthlies;

	@Autowired
	private TestClock clock;

	@Test
	void aFailingMonthlyGiftIsShownWithTheEmailOnDemandAndCanBeStopped() {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		String email = AdminFixtures.email();
		Gift first = AdminFixtures.transferReceived(this.gifts, campaign, AdminFixtures.certified(email), 1500,
				today());
		UUID standing = this.monthlies.start(first, null, Instant.now());
		this.monthlies.failed(standing, Instant.now());
		Gift card = AdminFixtures.cardReceived(this.gifts, campaign, AdminFixtures.certified(AdminFixtures.email()),
				2000, 40, "absentpay", "tr_" + UUID.randomUUID(), today());
		UUID atProvider = this.monthlies.start(card, "sub_" + UUID.randomUUID(), Instant.now());
		this.monthlies.failed(atProvider, Instant.now());
		StaffBrowser browser = Fundraisers.signIn(this.context, Role.FUNDRAISER, Language.EN).browser();

		String dashboard = browser.get("/admin/fundraising").body();
		assertThat(dashboard).doesNotContain(email);
		Document page = Jsoup.parse(dashboard);
		assertThat(page.select("[data-monthly=" + standing + "]")).hasSize(1);
		assertThat(page.text()).contains("After 3 failures in a row the gift stops by itself");

		HttpResponse<String> shown = browser.submit("/admin/fundraising",
				"/admin/fundraising/monthly/" + standing + "/email", Map.of());
		assertThat(Jsoup.parse(shown.body()).select("[data-email]").text()).isEqualTo(email);

		HttpResponse<String> notHere = browser.submit("/admin/fundraising",
				"/admin/fundraising/monthly/" + atProvider + "/stop", Map.of());
		assertThat(notHere.statusCode()).isEqualTo(502);
		assertThat(Jsoup.parse(notHere.body()).select("[role=alert]").text()).contains("absentpay is not configured");
		assertThat(this.monthlies.byId(atProvider).orElseThrow().status()).isEqualTo(Monthly.Status.FAILING);

		HttpResponse<String> stopped = browser.submit("/admin/fundraising",
				"/admin/fundraising/monthly/" + standing + "/stop", Map.of());
		assertThat(Fundraisers.location(stopped)).isEqualTo("/admin/fundraising?done=stopped");
		assertThat(this.monthlies.byId(standing).orElseThrow().status()).isEqualTo(Monthly.Status.STOPPED);
		assertThat(Jsoup.parse(browser.get("/admin/fundraising").body()).select("[data-monthly=" + standing + "]"))
			.isEmpty();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
	}

}
