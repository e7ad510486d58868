package org.vigie.fundraising.reconciliation;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.HtmlChecker;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingFixtures;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.Giver;
import org.vigie.fundraising.banking.StructuredCommunication;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.GiftStatus;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.fundraising.web.SupportPaths;
import org.vigie.identity.Role;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fundraiser uploads the bank's statement: credits carrying a gift's structured
 * communication settle it (the amount received counts, a different one is flagged),
 * others settle the one promised transfer of the same amount by the same person (their
 * name however the bank writes it), the rest waits for review with the reason; the same
 * file again is refused and an overlapping statement records its shared lines once.
 */
@FundraisingTest
class StatementImportTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

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

	private final Mailbox mailbox = new Mailbox(mail);

	private Fundraisers.Signed fundraiser;

	private Campaign campaign;

	@BeforeEach
	void aFundraiserAndACampaign() {
		this.fundraiser = Fundraisers.signIn(this.context, Role.FUNDRAISER);
		this.campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
	}

	@Test
	void creditsAreMatchedByCommunicationThenByAmountAndNameAndTheRestWaitsForReview() {
		// a donor promises 42,50 € through the real form, and is given a communication
		Giver giver = Giver.fromOwnAddress(this.port);
		String givePath = SupportPaths.give(Language.EN, this.campaign);
		String email = "anna." + UUID.randomUUID() + "@example.org";
		Map<String, String> fields = Giver.transfer(giver.formFields(givePath), "42,50", email);
		this.clock.advance(Duration.ofSeconds(5));
		String giftPath = giver.post(givePath, fields).headers().firstValue("Location").orElseThrow();
		StructuredCommunication byForm = StructuredCommunication
			.parse(giver.page(giftPath).select("[data-communication]").text());
		Gift promisedThirty = Promises.transfer(this.gifts, this.campaign, 3000, "Jan", Promises.uniqueName(), today());
		String lotte = Promises.uniqueName();
		Gift byName = Promises.transfer(this.gifts, this.campaign, 2000, "Lotte", "Dupré-" + lotte, today());
		String day = today().toString();
		Camt.Line first = Camt.structured(4250, day, "VERBEKE ANNA", byForm.digits());
		Camt.Line differs = Camt.text(3500, day, "J. SOMEONE",
				"Gift " + promisedThirty.communication().display() + " thanks");
		Camt.Line named = Camt.text(2000, day, lotte.toUpperCase() + " DUPRE LOTTE", "pour le projet");
		Camt.Line typo = Camt.text(1500, day, "Somebody Else", "+++" + wrongCheck(byForm) + "+++");
		Camt.Line unknown = Camt.text(1337, day, "Nobody Known", "cash collected");
		Camt.Line debit = Camt.debit(10000, day, "Printer");
		byte[] file = Camt.statement(day, day, List.of(first, differs, named, typo, unknown, debit));

		HttpResponse<String> imported = this.fundraiser.upload(file);

		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(302);
		String resultPath = location(imported);
		Document result = Jsoup.parse(this.fundraiser.browser().get(resultPath).body());
		assertThat(count(result, "lines")).isEqualTo("6");
		assertThat(count(result, "credits")).isEqualTo("5");
		assertThat(count(result, "communication")).isEqualTo("2");
		assertThat(count(result, "amount-name")).isEqualTo("1");
		assertThat(count(result, "review")).isEqualTo("2");
		assertThat(count(result, "known")).isEqualTo("0");
		assertThat(count(result, "debits")).isEqualTo("1");
		assertThat(count(result, "credited")).isEqualTo("€125.87");
		assertThat(result.select("[data-line=" + differs.reference() + "] [data-differs]")).hasSize(1);
		assertThat(result.select("[data-line=" + typo.reference() + "] [data-reason]").text())
			.contains("wrong check digits");
		assertThat(result.select("[data-line=" + unknown.reference() + "] [data-reason]").text())
			.contains("No promised gift");
		assertThat(HtmlChecker.check("result", this.fundraiser.browser().get(resultPath).body()).errorsNotingWarnings())
			.isEmpty();

		assertThat(raised()).as("42,50 + 35,00 received for 30,00 promised + 20,00").isEqualTo(9750);
		org.awaitility.Awaitility.await("the gift's status, brought up to date after the import")
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> this.gifts.byId(promisedThirty.id()).orElseThrow().status() == GiftStatus.SETTLED);
		org.awaitility.Awaitility.await("the gift's status, brought up to date after the import")
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> this.gifts.byId(byName.id()).orElseThrow().status() == GiftStatus.SETTLED);
		assertThat(this.ledger.contains("statement:" + Camt.ACCOUNT + ":" + first.reference())).isTrue();
		assertThat(Mailbox.text(this.mailbox.await(email, 1).get(0))).contains("42.50");
		assertThat(giver.page(SupportPaths.campaign(Language.EN, this.campaign)).select("[data-raised]").text())
			.isEqualTo("€97.50");
		assertThat(audits("FUNDRAISING_STATEMENT_IMPORTED")).isEqualTo(1);

		// the same file again: refused, nothing counted twice
		long lines = lines();
		HttpResponse<String> again = this.fundraiser.upload(file);
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(again.body()).select("[role=alert]").text())
			.contains("This file was already imported on");
		assertThat(raised()).isEqualTo(9750);
		assertThat(lines()).isEqualTo(lines);
		assertThat(this.mailbox.to(email)).hasSize(1);

		// the next day's statement repeats yesterday's first line and brings a new gift
		Gift late = Promises.transfer(this.gifts, this.campaign, 1000, "Piet", Promises.uniqueName(), today());
		String next = today().plusDays(1).toString();
		Camt.Line lateLine = Camt.structured(1000, next, "PIET", late.communication().digits());
		byte[] overlapping = Camt.statement(day, next, List.of(first, lateLine));
		HttpResponse<String> second = this.fundraiser.upload(overlapping);
		assertThat(second.statusCode()).as(second.body()).isEqualTo(302);
		Document secondResult = Jsoup.parse(this.fundraiser.browser().get(location(second)).body());
		assertThat(count(secondResult, "known")).isEqualTo("1");
		assertThat(count(secondResult, "communication")).isEqualTo("1");
		assertThat(raised()).isEqualTo(10750);
		assertThat(this.jdbc.sql("select count(*) from fundraising_statement_line where reference = ?")
			.param(first.reference())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.mailbox.to(email)).hasSize(1);
	}

	@Test
	void twoPromisedGiftsOfTheSameAmountAndNameAreLeftForReview() {
		String name = Promises.uniqueName();
		Promises.transfer(this.gifts, this.campaign, 2500, "Anna", name, today());
		Promises.transfer(this.gifts, this.campaign, 2500, "Anna", name, today());
		Camt.Line line = Camt.text(2500, today().toString(), "ANNA " + name.toUpperCase(), "don");

		HttpResponse<String> imported = this.fundraiser
			.upload(Camt.statement(today().toString(), today().toString(), List.of(line)));

		Document result = Jsoup.parse(this.fundraiser.browser().get(location(imported)).body());
		assertThat(count(result, "review")).isEqualTo("1");
		assertThat(result.select("[data-line=" + line.reference() + "] [data-reason]").text())
			.contains("Several promised gifts");
		assertThat(raised()).isZero();
	}

	private static String wrongCheck(StructuredCommunication right) {
		String digits = right.digits();
		int check = Integer.parseInt(digits.substring(10));
		String wrong = digits.substring(0, 10) + String.format("%02d", (check % 97) + 1);
		return wrong.substring(0, 3) + "/" + wrong.substring(3, 7) + "/" + wrong.substring(7);
	}

	private static String location(HttpResponse<String> response) {
		return java.net.URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
	}

	private static String count(Document page, String name) {
		return page.select("[data-count=" + name + "]").text();
	}

	private long raised() {
		return this.ledger.figures(this.campaign.id(), this.campaign.goalCents()).raisedCents();
	}

	private long lines() {
		return this.jdbc.sql("select count(*) from fundraising_statement_line").query(Long.class).single();
	}

	private long audits(String action) {
		return this.jdbc.sql("select count(*) from identity_audit where action = ? and actor = ?")
			.params(action, this.fundraiser.email())
			.query(Long.class)
			.single();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
	}

}
