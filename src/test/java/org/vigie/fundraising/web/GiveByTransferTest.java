package org.vigie.fundraising.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingFixtures;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.Giver;
import org.vigie.fundraising.banking.StructuredCommunication;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.gifts.Transfers;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A donor gives by bank transfer with no payment provider configured (the embedded
 * default): the form leads to the transfer details with a structured communication and a
 * QR code; the campaign counts the gift only once the bank says it arrived, the donor is
 * thanked once in their language, and the same bank line read again changes nothing.
 */
@FundraisingTest
class GiveByTransferTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private Ledger ledger;

	@Autowired
	private Transfers transfers;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	private final Mailbox mailbox = new Mailbox(mail);

	@Test
	void aTransferIsCountedOnceWhenItArrivesAndTheDonorIsThankedOnce() {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		Giver giver = Giver.fromOwnAddress(this.port);
		String givePath = SupportPaths.give(Language.NL, campaign);
		String email = "anna." + UUID.randomUUID() + "@example.org";
		Map<String, String> fields = Giver.transfer(giver.formFields(givePath), "42,50", email);
		this.clock.advance(Duration.ofSeconds(5));

		HttpResponse<String> sent = giver.post(givePath, fields);

		assertThat(sent.statusCode()).isEqualTo(302);
		String giftPath = sent.headers().firstValue("Location").orElseThrow();
		assertThat(giftPath).contains("/nl/steunen/gift/");
		Document page = giver.page(giftPath);
		String communication = page.select("[data-communication]").text();
		assertThat(communication).matches("\\+\\+\\+[0-9]{3}/[0-9]{4}/[0-9]{5}\\+\\+\\+");
		StructuredCommunication parsed = StructuredCommunication.parse(communication);
		assertThat(page.select("[data-amount]").text()).isEqualTo("€ 42,50");
		assertThat(page.select("[data-iban]").text()).startsWith("BE");
		assertThat(page.select("[data-qr] svg")).hasSize(1);
		assertThat(this.ledger.figures(campaign.id(), campaign.goalCents()).raisedCents()).as("a promise is not money")
			.isZero();
		assertThat(giver.page(SupportPaths.campaign(Language.NL, campaign)).select("[data-donors]").text())
			.isEqualTo("0");

		String line = "statement:test-" + UUID.randomUUID();
		assertThat(this.transfers.settle(parsed, 4250, today(), line)).isPresent();
		assertThat(this.transfers.settle(parsed, 4250, today(), line)).as("the same bank line again").isEmpty();

		Document campaignPage = giver.page(SupportPaths.campaign(Language.NL, campaign));
		assertThat(campaignPage.select("[data-raised]").text()).isEqualTo("€ 42,50");
		assertThat(campaignPage.select("[data-donors]").text()).isEqualTo("1");
		assertThat(campaignPage.select("[data-percent]").text()).isEqualTo("4 %");
		assertThat(giver.page(giftPath).select("[data-settled]").text()).contains("€ 42,50");
		MimeMessage thanks = this.mailbox.await(email, 1).get(0);
		assertThat(Mailbox.text(thanks)).contains("Beste Anna", "42,50", campaign.text(Language.NL).title(),
				"/nl/steunen/mijn-giften");
		assertThat(this.mailbox.to(email)).hasSize(1);

		assertThat(this.transfers.settle(parsed, 1000, today(), "statement:test-" + UUID.randomUUID()))
			.as("the donor gives again with the communication they kept: a second gift, nothing dropped")
			.isPresent();
		assertThat(this.ledger.figures(campaign.id(), campaign.goalCents()).raisedCents()).isEqualTo(5250);
		assertThat(this.ledger.figures(campaign.id(), campaign.goalCents()).donors()).isEqualTo(1);
		assertThat(this.mailbox.await(email, 2)).hasSize(2);
	}

	@Test
	void theSameBankLineReadTwiceCountsOnce() {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		Giver giver = Giver.fromOwnAddress(this.port);
		String givePath = SupportPaths.give(Language.FR, campaign);
		Map<String, String> fields = Giver.transfer(giver.formFields(givePath), "20",
				"b." + UUID.randomUUID() + "@example.org");
		this.clock.advance(Duration.ofSeconds(5));
		String giftPath = giver.post(givePath, fields).headers().firstValue("Location").orElseThrow();
		StructuredCommunication communication = StructuredCommunication
			.parse(giver.page(giftPath).select("[data-communication]").text());
		String line = "statement:" + UUID.randomUUID();

		assertThat(this.transfers.settle(communication, 2000, today(), line)).isPresent();
		assertThat(this.transfers.settle(communication, 2000, today(), line)).isEmpty();

		assertThat(this.ledger.figures(campaign.id(), campaign.goalCents()).raisedCents()).isEqualTo(2000);
		assertThat(this.jdbc.sql("select count(*) from fundraising_ledger where entry_key = ?")
			.param(line)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
	}

}
