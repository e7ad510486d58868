package org.vigie.fundraising.reconciliation;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingFixtures;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.GiftStatus;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import takes the bank's CODA file as well as CAMT.053: a Belgian bank's CODA
 * statement whose first movement carries the structured communication of a promised gift
 * settles it, exactly as the same line in CAMT would.
 */
@FundraisingTest
class CodaImportTest {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

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

	@Test
	void aCodaStatementSettlesTheGiftItsCommunicationNames() throws IOException {
		Fundraisers.Signed fundraiser = Fundraisers.signIn(this.context, Role.FUNDRAISER);
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		// the sample's first movement: 50,00 € with the communication
		// +++000/0012/34526+++
		Gift promised = Promises.transfer(this.gifts, campaign, 5000, "Amélie", Promises.uniqueName(), today());
		String coda;
		try (InputStream in = getClass().getResourceAsStream("/fundraising/coda/belgian-statement.cod")) {
			coda = new String(in.readAllBytes(), WINDOWS_1252);
		}
		assertThat(coda).contains("1101000001234526");
		byte[] file = coda.replace("1101000001234526", "1101" + promised.communication().digits())
			.getBytes(WINDOWS_1252);

		HttpResponse<String> imported = fundraiser.browser()
			.upload("/admin/fundraising/statements/import",
					fundraiser.browser().csrf("/admin/fundraising/statements/import"), "file", "statement.cod", file,
					java.util.Map.of());

		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(302);
		Document result = Jsoup.parse(fundraiser.browser()
			.get(imported.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
			.body());
		assertThat(result.select("[data-count=communication]").text()).isEqualTo("1");
		org.awaitility.Awaitility.await("the gift's status, brought up to date after the import")
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> this.gifts.byId(promised.id()).orElseThrow().status() == GiftStatus.SETTLED);
		assertThat(this.ledger.figures(campaign.id(), campaign.goalCents()).raisedCents()).isEqualTo(5000);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
	}

}
