package org.vigie.fundraising.admin;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.jsoup.Jsoup;
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
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.fundraising.ledger.LedgerEntry;
import org.vigie.identity.Role;
import org.vigie.site.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Income that is not a gift and corrections change a campaign's total exactly, once per
 * form, are never deductible (income) and never change an entry (corrections); the
 * accountant's CSV lists them with gross, fee and net, a totals row, no donor's name or
 * email, and cells a spreadsheet would run as formulas made inert.
 */
@FundraisingTest
class EntriesAndExportTest {

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

	@Test
	void incomeAndCorrectionsChangeTheTotalOnceAndAppearInTheCsv() {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		String email = AdminFixtures.email();
		Gift card = AdminFixtures.cardReceived(this.gifts, campaign, AdminFixtures.certified(email), 5000, 79, "mollie",
				"=cmd|' /C calc'!A0", today());
		Fundraisers.Signed fundraiser = Fundraisers.signIn(this.context, Role.FUNDRAISER, Language.FR);
		StaffBrowser browser = fundraiser.browser();
		Map<String, String> income = form(browser, "form[data-income-form]");
		income.put("campaign", campaign.id().toString());
		income.put("what", "CASH");
		income.put("amount", "125,40");
		income.put("note", "@SUM(1+1) tirelire du stand");
		assertThat(Fundraisers.location(post(browser, "/admin/fundraising/entries/income", income)))
			.isEqualTo("/admin/fundraising/entries?done=recorded");
		assertThat(Fundraisers.location(post(browser, "/admin/fundraising/entries/income", income)))
			.isEqualTo("/admin/fundraising/entries?done=already");
		assertThat(raised(campaign)).isEqualTo(5000 + 12540);
		assertThat(this.ledger.figures(campaign.id(), campaign.goalCents()).donors()).isEqualTo(1);
		LedgerEntry cash = only("select id from fundraising_ledger where campaign_id = ? and kind = 'INCOME'",
				campaign.id());
		assertThat(cash.deductible()).isFalse();

		for (Map.Entry<String, String> bad : Map
			.of("amount", "-3", "what", "DONATION", "day", "2999-01-01", "page", UUID.randomUUID().toString(), "note",
					"<b>x</b>", "key", "again")
			.entrySet()) {
			Map<String, String> fields = new HashMap<>(form(browser, "form[data-income-form]"));
			fields.putAll(Map.of("campaign", campaign.id().toString(), "what", "GOODS", "amount", "10"));
			fields.put(bad.getKey(), bad.getValue());
			HttpResponse<String> refused = post(browser, "/admin/fundraising/entries/income", fields);
			assertThat(refused.statusCode()).as(bad.getKey()).isEqualTo(400);
			assertThat(Jsoup.parse(refused.body()).select("[role=alert]").text()).as(bad.getKey())
				.startsWith("Rien n’a été enregistré");
		}
		assertThat(raised(campaign)).isEqualTo(5000 + 12540);

		Map<String, String> correction = form(browser, "form[data-correction-form]");
		correction.put("entry", Long.toString(cash.id()));
		correction.put("amount", "-0,40");
		correction.put("note", "=HYPERLINK(\"http://x\") compté deux fois");
		Map<String, String> past = new HashMap<>(correction);
		past.put("amount", "-125,41");
		assertThat(Jsoup.parse(post(browser, "/admin/fundraising/entries/correction", past).body())
			.select("[role=alert]")
			.text()).contains("changerait le signe");
		assertThat(post(browser, "/admin/fundraising/entries/correction", correction).statusCode()).isEqualTo(302);
		assertThat(Fundraisers.location(post(browser, "/admin/fundraising/entries/correction", correction)))
			.isEqualTo("/admin/fundraising/entries?done=already");
		assertThat(raised(campaign)).isEqualTo(5000 + 12500);
		assertThat(this.ledger.byId(cash.id()).orElseThrow().amountCents()).as("never changed").isEqualTo(12540);
		LedgerEntry fix = only("select id from fundraising_ledger where corrects = ?", cash.id());
		assertThat(fix.amountCents()).isEqualTo(-40);
		assertThat(
				count("select count(*) from identity_audit where action = 'FUNDRAISING_ENTRY_RECORDED' and actor = ?",
						fundraiser.email()))
			.isEqualTo(2);

		HttpResponse<String> export = browser.get("/admin/fundraising/export.csv?from=" + today() + "&to=" + today());
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
		String csv = export.body();
		assertThat(csv)
			.startsWith("\uFEFFdate;entry;kind;campaign;gift;method;provider;payment_reference;gross;fee;net;"
					+ "deductible;source;note\r\n");
		assertThat(csv).doesNotContain(email).doesNotContain("Lotte").doesNotContain("Peeters");
		List<String> lines = Arrays.asList(csv.split("\r\n"));
		assertThat(line(lines, ";" + cash.id() + ";")).isEqualTo(today() + ";" + cash.id() + ";INCOME;" + campaign.key()
				+ ";;;;;125.40;0.00;125.40;false;STAFF;cash: @SUM(1+1) tirelire du stand");
		assertThat(line(lines, ";" + fix.id() + ";"))
			.isEqualTo(today() + ";" + fix.id() + ";CORRECTION;" + campaign.key()
					+ ";;;;;-0.40;0.00;-0.40;false;STAFF;\"'=HYPERLINK(\"\"http://x\"\") compté deux fois\"");
		assertThat(line(lines, card.id().toString()))
			.isEqualTo(today() + ";" + entryId(card) + ";GIFT;" + campaign.key() + ";" + card.id()
					+ ";CARD;mollie;'=cmd|' /C calc'!A0;50.00;0.79;49.21;true;PROVIDER;");
		String totals = lines.get(lines.size() - 1);
		assertThat(totals).startsWith("total;" + (lines.size() - 2) + ";");
		assertThat(count("select count(*) from identity_audit where action = 'FUNDRAISING_EXPORTED' and actor = ?",
				fundraiser.email()))
			.isEqualTo(1);

		HttpResponse<String> wrong = browser.get("/admin/fundraising/export.csv?from=2026-13-01&to=x");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(wrong.body()).select("[data-problem]").text()).contains("deux dates valables");
		assertThat(count("select count(*) from identity_audit where action = 'FUNDRAISING_EXPORTED' and actor = ?",
				fundraiser.email()))
			.isEqualTo(1);
	}

	@Test
	void theTotalsRowAddsTheEntriesOfThePeriodToTheCent() {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		AdminFixtures.cardReceived(this.gifts, campaign, AdminFixtures.certified(AdminFixtures.email()), 1999, 31,
				"mollie", "tr_" + UUID.randomUUID(), today());
		StaffBrowser browser = Fundraisers.signIn(this.context, Role.FUNDRAISER, Language.EN).browser();
		String csv = browser.get("/admin/fundraising/export.csv?from=" + today() + "&to=" + today()).body();
		List<String> lines = Arrays.asList(csv.split("\r\n"));
		long gross = 0;
		long fee = 0;
		for (String line : lines.subList(1, lines.size() - 1)) {
			String[] cells = line.split(";", -1);
			gross += cents(cells[8]);
			fee += cents(cells[9]);
		}
		String[] totals = lines.get(lines.size() - 1).split(";", -1);
		assertThat(cents(totals[8])).isEqualTo(gross);
		assertThat(cents(totals[9])).isEqualTo(fee);
		assertThat(cents(totals[10])).isEqualTo(gross - fee);
		assertThat(csv.getBytes(StandardCharsets.UTF_8)).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
	}

	private static long cents(String plain) {
		return new java.math.BigDecimal(plain).movePointRight(2).longValueExact();
	}

	private long entryId(Gift gift) {
		return this.ledger.ofGift(gift.id()).get(0).id();
	}

	private static String line(List<String> lines, String containing) {
		return lines.stream().filter((line) -> line.contains(containing)).findFirst().orElseThrow();
	}

	private LedgerEntry only(String sql, Object param) {
		long id = this.jdbc.sql(sql).param(param).query(Long.class).single();
		return this.ledger.byId(id).orElseThrow();
	}

	private static Map<String, String> form(StaffBrowser browser, String selector) {
		Map<String, String> fields = new HashMap<>();
		Jsoup.parse(browser.get("/admin/fundraising/entries").body())
			.selectFirst(selector)
			.select("input[name], select[name]")
			.forEach((input) -> fields.put(input.attr("name"), input.val()));
		return fields;
	}

	private static HttpResponse<String> post(StaffBrowser browser, String path, Map<String, String> fields) {
		return browser.post(path, fields);
	}

	private long raised(Campaign campaign) {
		return this.ledger.figures(campaign.id(), campaign.goalCents()).raisedCents();
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
	}

}
