package org.vigie.fundraising.reconciliation;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.vigie.HtmlChecker;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingFixtures;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.GiftStatus;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.ledger.EntryKind;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review queue: a fundraiser matches a waiting line to a promised gift (which is
 * settled and counted on its campaign), records one as non-deductible income of a
 * campaign, sets one aside with a reason; each decision is audited, and a second decision
 * on the same line, or a decision without what it needs, is refused and changes nothing.
 */
@FundraisingTest
class ReviewQueueTest {

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
	void aFundraiserMatchesRecordsAsIncomeOrSetsAsideEachLineOnce() {
		Fundraisers.Signed fundraiser = Fundraisers.signIn(this.context, Role.FUNDRAISER);
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		long cents = Promises.uniqueCents();
		String name = Promises.uniqueName();
		Gift promised = Promises.transfer(this.gifts, campaign, cents, "Sofia", name, today());
		String day = today().toString();
		// the bank shows a nickname: no automatic match, but the gift is a candidate
		Camt.Line paying = Camt.text(cents, day, "SOFI " + name.toUpperCase(), "for the youth project");
		Camt.Line fee = Camt.text(Promises.uniqueCents(), day, "Sports Club", "entry fees 20 km");
		Camt.Line odd = Camt.text(Promises.uniqueCents(), day, "Unknown", "refund of a deposit");
		HttpResponse<String> imported = fundraiser.upload(Camt.statement(day, day, List.of(paying, fee, odd)));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(302);
		String queue = "/admin/fundraising/statements/review";
		Document page = Jsoup.parse(fundraiser.browser().get(queue).body());
		Element line = page.selectFirst("[data-line=" + paying.reference() + "]");
		assertThat(line).isNotNull();
		assertThat(line.select("[data-candidate]").first().text()).contains("Sofia " + name);
		assertThat(HtmlChecker.check("review", fundraiser.browser().get(queue).body()).errorsNotingWarnings())
			.isEmpty();
		String matchAction = line.selectFirst("form[data-decision=match]").attr("action");
		String ignoreAction = line.selectFirst("form[data-decision=ignore]").attr("action");

		HttpResponse<String> matched = decide(fundraiser, matchAction, Map.of("gift", promised.id().toString()));
		assertThat(matched.statusCode()).as(matched.body()).isEqualTo(302);
		assertThat(this.gifts.byId(promised.id()).orElseThrow().status()).isEqualTo(GiftStatus.SETTLED);
		assertThat(raised(campaign)).isEqualTo(cents);

		HttpResponse<String> twice = decide(fundraiser, ignoreAction, Map.of("reason", "oops"));
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(Jsoup.parse(twice.body()).select("[role=alert]").text())
			.contains("This line has already been decided; nothing was changed.");
		assertThat(status(paying)).isEqualTo("MATCHED");
		assertThat(raised(campaign)).isEqualTo(cents);

		Element feeLine = Jsoup.parse(fundraiser.browser().get(queue).body())
			.selectFirst("[data-line=" + fee.reference() + "]");
		String incomeAction = feeLine.selectFirst("form[data-decision=income]").attr("action");
		assertThat(decide(fundraiser, incomeAction, Map.of("campaign", "not-a-campaign")).statusCode()).isEqualTo(400);
		assertThat(status(fee)).isEqualTo("REVIEW");
		assertThat(decide(fundraiser, incomeAction, Map.of("campaign", campaign.id().toString())).statusCode())
			.isEqualTo(302);
		assertThat(raised(campaign)).isEqualTo(cents + fee.cents());
		assertThat(this.jdbc
			.sql("select count(*) from fundraising_ledger where entry_key = ? and kind = ? and not deductible")
			.params("statement:" + Camt.ACCOUNT + ":" + fee.reference(), EntryKind.INCOME.name())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(decide(fundraiser, incomeAction, Map.of("campaign", campaign.id().toString())).statusCode())
			.as("income recorded twice")
			.isEqualTo(409);
		assertThat(raised(campaign)).isEqualTo(cents + fee.cents());

		Element oddLine = Jsoup.parse(fundraiser.browser().get(queue).body())
			.selectFirst("[data-line=" + odd.reference() + "]");
		String oddIgnore = oddLine.selectFirst("form[data-decision=ignore]").attr("action");
		HttpResponse<String> noReason = decide(fundraiser, oddIgnore, Map.of("reason", "   "));
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(noReason.body()).select("[role=alert]").text()).contains("Give a reason");
		assertThat(decide(fundraiser, oddIgnore, Map.of("reason", "x".repeat(301))).statusCode()).isEqualTo(400);
		assertThat(status(odd)).isEqualTo("REVIEW");
		assertThat(decide(fundraiser, oddIgnore, Map.of("reason", "deposit returned")).statusCode()).isEqualTo(302);
		assertThat(status(odd)).isEqualTo("IGNORED");
		assertThat(raised(campaign)).isEqualTo(cents + fee.cents());

		assertThat(this.jdbc
			.sql("select count(*) from identity_audit where action = 'FUNDRAISING_LINE_DECIDED' and actor = ?")
			.param(fundraiser.email())
			.query(Long.class)
			.single()).isEqualTo(3);
		assertThat(Jsoup.parse(fundraiser.browser().get(queue).body()).select("[data-line=" + paying.reference() + "]"))
			.isEmpty();
	}

	@Test
	void aLineIsMatchedByTheCommunicationAFundraiserTypes() {
		Fundraisers.Signed fundraiser = Fundraisers.signIn(this.context, Role.FUNDRAISER);
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		Gift promised = Promises.transfer(this.gifts, campaign, 5000, "Pieter", Promises.uniqueName(), today());
		Camt.Line line = Camt.text(4000, today().toString(), "P. Somebody", "see my email");
		fundraiser.upload(Camt.statement(today().toString(), today().toString(), List.of(line)));
		String queue = "/admin/fundraising/statements/review";
		String action = Jsoup.parse(fundraiser.browser().get(queue).body())
			.selectFirst("[data-line=" + line.reference() + "] form[data-decision=match]")
			.attr("action");

		HttpResponse<String> wrong = decide(fundraiser, action, Map.of("communication", "+++123/4567/89000+++"));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(wrong.body()).select("[role=alert]").text()).contains("is not valid");
		assertThat(decide(fundraiser, action, Map.of("communication", promised.communication().display())).statusCode())
			.isEqualTo(302);
		assertThat(raised(campaign)).as("the amount received counts").isEqualTo(4000);
		assertThat(this.jdbc.sql("select matched_by from fundraising_statement_line where reference = ?")
			.param(line.reference())
			.query(String.class)
			.single()).isEqualTo("STAFF");
	}

	/** Posts a decision with the session's CSRF token, as the queue's forms do. */
	private static HttpResponse<String> decide(Fundraisers.Signed fundraiser, String action,
			Map<String, String> fields) {
		Map<String, String> values = new java.util.LinkedHashMap<>(fields);
		values.put("_csrf", fundraiser.browser().csrf("/admin/fundraising/statements/review"));
		return fundraiser.browser().post(action, values);
	}

	private String status(Camt.Line line) {
		return this.jdbc.sql("select status from fundraising_statement_line where reference = ?")
			.param(line.reference())
			.query(String.class)
			.single();
	}

	private long raised(Campaign campaign) {
		return this.ledger.figures(campaign.id(), campaign.goalCents()).raisedCents();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
	}

}
