package org.vigie.fundraising.reconciliation;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.HtmlChecker;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingFixtures;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.gifts.Transfers;
import org.vigie.fundraising.ledger.EntrySource;
import org.vigie.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconciliation report of a period adds up, to the cent, the gifts settled (from the
 * ledger), the bank credits (matched, income, not matched) and the differences (a gift
 * with no bank line, bank lines with no gift), on the page and in the CSV file; with no
 * payment provider configured it says so.
 */
@FundraisingTest
class ReconciliationReportTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private Gifts gifts;

	@Autowired
	private Transfers transfers;

	@Autowired
	private ReviewDecisions decisions;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aPeriodsGiftsAndBankLinesAddUpToTheCent() {
		Fundraisers.Signed fundraiser = Fundraisers.signIn(this.context, Role.FUNDRAISER);
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		Gift byBank = Promises.transfer(this.gifts, campaign, 3000, "Amina", Promises.uniqueName(), today());
		Gift byHand = Promises.transfer(this.gifts, campaign, 1234, "Bert", Promises.uniqueName(), today());
		this.transfers.settle(byHand, 1234, LocalDate.parse("2019-02-05"), "staff:" + UUID.randomUUID(),
				EntrySource.STAFF);
		Camt.Line paid = Camt.structured(3000, "2019-02-04", "AMINA", byBank.communication().digits());
		Camt.Line unmatched = Camt.text(777, "2019-02-05", "Someone", "?");
		Camt.Line income = Camt.text(5001, "2019-02-06", "Sports Club", "entry fees");
		Camt.Line debit = Camt.debit(999, "2019-02-06", "Printer");
		assertThat(
				fundraiser.upload(Camt.statement("2019-02-04", "2019-02-06", List.of(paid, unmatched, income, debit)))
					.statusCode())
			.isEqualTo(302);
		long incomeLine = this.jdbc.sql("select id from fundraising_statement_line where reference = ?")
			.param(income.reference())
			.query(Long.class)
			.single();
		this.decisions.income(incomeLine, campaign.id(), fundraiser.email(), Instant.now());

		String path = "/admin/fundraising/reconciliation?from=2019-02-01&to=2019-02-28";
		HttpResponse<String> response = fundraiser.browser().get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(HtmlChecker.check("report", response.body()).errorsNotingWarnings()).isEmpty();
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("[data-total] [data-gifts-gross]").text()).isEqualTo("€42.34");
		assertThat(page.select("[data-total] [data-gifts-net]").text()).isEqualTo("€42.34");
		assertThat(page.select("[data-total] [data-bank-gifts]").text()).isEqualTo("€30.00");
		assertThat(page.select("[data-total] [data-bank-income]").text()).isEqualTo("€50.01");
		assertThat(page.select("[data-total] [data-bank-unmatched]").text()).isEqualTo("€7.77");
		assertThat(page.select("[data-day=2019-02-05] td").eachText()).containsExactly("€12.34", "€0.00", "€12.34",
				"€0.00", "€0.00", "€0.00", "€0.00", "€7.77");
		assertThat(page.select("[data-payouts]").text()).contains("No payment provider is configured");
		assertThat(page.select("[data-gifts-without-line]").text()).contains("1, net €12.34");
		assertThat(page.select("[data-lines-without-gift]").text()).contains("€7.77");

		HttpResponse<String> csv = fundraiser.browser()
			.get("/admin/fundraising/reconciliation/report.csv?from=2019-02-01&to=2019-02-28");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("reconciliation-2019-02-01-2019-02-28.csv");
		assertThat(csv.body()).contains("day,2019-02-04,30.00,0.00,30.00,0.00,30.00,0.00,0.00,0.00,30.00\r\n",
				"total,2019-02-01/2019-02-28,42.34,0.00,42.34,0.00,30.00,0.00,50.01,7.77,87.78\r\n",
				"gift_without_bank_line,2019-02-05,transfer,gift:" + byHand.id() + ",12.34\r\n",
				"bank_line_without_gift,2019-02-05,bank,line:");
		assertThat(csv.body()).doesNotContain("Someone", "AMINA");

		assertThat(fundraiser.browser()
			.get("/admin/fundraising/reconciliation?from=2019-03-01&to=2019-02-01")
			.statusCode()).isEqualTo(400);
		assertThat(fundraiser.browser().get("/admin/fundraising/reconciliation?from=yesterday").statusCode())
			.isEqualTo(400);
		assertThat(fundraiser.browser()
			.get("/admin/fundraising/reconciliation?from=2017-01-01&to=2019-01-01")
			.statusCode()).isEqualTo(400);
		assertThat(fundraiser.browser().get("/admin/fundraising/reconciliation").statusCode()).isEqualTo(200);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
	}

}
