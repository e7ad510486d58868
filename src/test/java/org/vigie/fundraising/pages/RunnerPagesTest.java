package org.vigie.fundraising.pages;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingFixtures;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.Giver;
import org.vigie.fundraising.banking.StructuredCommunication;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignKind;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.gifts.Transfers;
import org.vigie.fundraising.ledger.EntryKind;
import org.vigie.fundraising.ledger.EntrySource;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.fundraising.ledger.NewEntry;
import org.vigie.fundraising.web.SupportPaths;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runners' and teams' pages as sponsors and runners find them: the demo team and runners
 * with their totals and sponsors from the ledger (cash handed over counted in the total,
 * never as a sponsor), the leaderboard on the event's page, a page created and published
 * by its emailed link, a sponsor's transfer crediting a runner and their team once the
 * bank says it arrived.
 */
@FundraisingTest
class RunnerPagesTest {

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

	private final Mailbox mailbox = new Mailbox(mail);

	@Test
	void theDemoRunnersAndTeamShowWhatTheLedgerHolds() {
		Giver giver = Giver.fromOwnAddress(this.port);
		Document sofia = giver.page("/fr/soutenir/20-km-de-bruxelles/sofia");
		assertThat(sofia.select("h1").text()).isEqualTo("Sofia M.");
		assertThat(text(sofia, "[data-raised]")).as("165 € of sponsors and 15 € of cash").isEqualTo("180 €");
		assertThat(text(sofia, "[data-sponsors]")).as("cash is no sponsor").isEqualTo("5");
		assertThat(text(sofia, "[data-goal]")).isEqualTo("200 €");
		assertThat(text(sofia, "[data-percent]")).isEqualTo("90 %");
		assertThat(sofia.select("[data-team] a").attr("href")).isEqualTo("/fr/soutenir/20-km-de-bruxelles/team-vigie");
		assertThat(sofia.select("[data-sponsor]").attr("href"))
			.matches("/fr/soutenir/20-km-de-bruxelles/donner\\?page=[0-9a-f-]{36}");
		assertThat(sofia.select("link[hreflang=nl]").attr("href")).endsWith("/nl/steunen/20-km-door-brussel/sofia");
		assertThat(sofia.select("link[hreflang=en]").attr("href")).endsWith("/en/support/20-km-of-brussels/sofia");

		Document team = giver.page("/en/support/20-km-of-brussels/team-vigie");
		assertThat(text(team, "[data-raised]")).as("60 € of entry fees, 180 + 100 + 90 € of its runners")
			.isEqualTo("€430");
		assertThat(text(team, "[data-sponsors]")).isEqualTo("12");
		assertThat(team.select("[data-member] a").eachText()).containsExactly("Sofia M.", "Pieter V.", "Amina K.");
		assertThat(team.select("[data-sponsor]").text()).isEqualTo("Sponsor the team");
		assertThat(text(giver.page("/nl/steunen/20-km-door-brussel/pieter"), "[data-raised]")).isEqualTo("€ 100");
	}

	@Test
	void theEventPageShowsTheLeaderboardAndAnAppealDoesNot() {
		Giver giver = Giver.fromOwnAddress(this.port);
		Document event = giver.page("/en/support/20-km-of-brussels");
		assertThat(event.select("[data-runners] [data-standing] a").eachText()).containsExactly("Sofia M.", "Pieter V.",
				"Amina K.");
		assertThat(event.select("[data-teams] [data-standing] a").eachText()).containsExactly("Team Vigie");
		assertThat(event.select("[data-teams] [data-standing-raised]").text()).isEqualTo("€430");
		assertThat(event.select("[data-participants] [data-create-link]").attr("href"))
			.isEqualTo("/en/support/20-km-of-brussels/create-a-page");
		assertThat(giver.page("/fr/soutenir/ligne-de-signalement").select("[data-participants]")).isEmpty();
	}

	@Test
	void theLeaderboardFollowsWhatEachPageRaised() {
		Campaign campaign = event();
		Runner runner = runner();
		String create = PagePaths.create(Language.EN, campaign);
		String low = runner.createAndPublish(create, runner.creation(create, "Low Runner", "100", email()));
		String high = runner.createAndPublish(create, runner.creation(create, "High Runner", "100", email()));
		String middle = runner.createAndPublish(create, runner.creation(create, "Middle Runner", "100", email()));
		income(campaign, low, 3000);
		income(campaign, high, 12000);
		income(campaign, middle, 7500);

		Document page = runner.browser().page(SupportPaths.campaign(Language.EN, campaign));

		assertThat(page.select("[data-runners] [data-standing] a").eachText()).containsExactly("High Runner",
				"Middle Runner", "Low Runner");
		assertThat(page.select("[data-runners] [data-standing-raised]").eachText()).containsExactly("€120", "€75",
				"€30");
		income(campaign, low, 10000);
		assertThat(runner.browser()
			.page(SupportPaths.campaign(Language.EN, campaign))
			.select("[data-runners] [data-standing] a")
			.eachText()).containsExactly("Low Runner", "High Runner", "Middle Runner");
	}

	@Test
	void aPageIsCreatedHiddenAndPublishedByItsEmailedLink() {
		Campaign campaign = event();
		Runner runner = runner();
		String create = PagePaths.create(Language.FR, campaign);
		String email = email();
		Map<String, String> fields = runner.creation(create, "Zoë Dupré", "250", email);
		fields.put("language", "fr");

		HttpResponse<String> sent = runner.send(create, fields);

		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(runner.browser().page(sent.headers().firstValue("Location").orElseThrow()).select("[data-sent]"))
			.hasSize(1);
		String path = PagePaths.page(Language.FR, campaign, "zoe-dupre");
		assertThat(runner.browser().get(path).statusCode()).as("hidden until published").isEqualTo(404);
		String text = Mailbox.text(this.mailbox.await(email, 1).get(0));
		assertThat(text).contains("Bonjour", "Zoë Dupré", campaign.text(Language.FR).title(), path);
		String link = Mailbox.link(this.mailbox.await(email, 1).get(0), "/publier?t=");
		assertThat(runner.browser().get(path).statusCode()).as("following the link is not enough").isEqualTo(404);

		assertThat(runner.publish(link)).endsWith(path);

		Document page = runner.browser().page(path);
		assertThat(page.select("h1").text()).isEqualTo("Zoë Dupré");
		assertThat(page.select("[data-story] p").eachText()).containsExactly("I run for the children.",
				"Second paragraph.");
		assertThat(text(page, "[data-raised]")).isEqualTo("0 €");
		assertThat(text(page, "[data-goal]")).isEqualTo("250 €");
		assertThat(page.select("[data-sponsors]").text()).isEqualTo("0");
		assertThat(runner.browser()
			.page(SupportPaths.campaign(Language.NL, campaign))
			.select("[data-runners] a")
			.eachText()).containsExactly("Zoë Dupré");
	}

	@Test
	void aSponsorsTransferCreditsTheRunnerAndTheirTeam() {
		Campaign campaign = event();
		Runner runner = runner();
		String create = PagePaths.create(Language.EN, campaign);
		Map<String, String> team = runner.creation(create, "The Fast Ones", "500", email());
		team.put("team", "new");
		String teamPath = runner.createAndPublish(create, team);
		Map<String, String> member = runner.creation(create, "Lou R.", "150", email());
		member.put("team",
				runner.browser()
					.page(create)
					.select("input[name=team]")
					.stream()
					.filter((input) -> !input.val().isEmpty() && !input.val().equals("new"))
					.findFirst()
					.orElseThrow()
					.val());
		String runnerPath = runner.createAndPublish(create, member);
		String sponsorPath = runner.browser().page(runnerPath).select("[data-sponsor]").attr("href");

		Giver sponsor = Giver.fromOwnAddress(this.port);
		String givePath = sponsorPath.substring(0, sponsorPath.indexOf('?'));
		Map<String, String> hidden = sponsor.formFields(sponsorPath);
		assertThat(sponsor.page(sponsorPath).select("[data-credited]").text()).contains("Lou R.");
		String sponsorEmail = email();
		this.clock.advance(Duration.ofSeconds(5));
		HttpResponse<String> given = sponsor.post(givePath, Giver.transfer(hidden, "42,50", sponsorEmail));
		assertThat(given.statusCode()).as(given.body()).isEqualTo(302);
		String giftPath = given.headers().firstValue("Location").orElseThrow();
		StructuredCommunication communication = StructuredCommunication
			.parse(sponsor.page(giftPath).select("[data-communication]").text());
		assertThat(text(sponsor.page(runnerPath), "[data-raised]")).as("a promise is not money").isEqualTo("€0");

		assertThat(this.transfers.settle(communication, 4250, today(), "statement:" + UUID.randomUUID())).isPresent();

		Document runnerPage = sponsor.page(runnerPath);
		assertThat(text(runnerPage, "[data-raised]")).isEqualTo("€42.50");
		assertThat(runnerPage.select("[data-sponsors]").text()).isEqualTo("1");
		assertThat(text(runnerPage, "[data-percent]")).isEqualTo("28 %");
		Document teamPage = sponsor.page(teamPath);
		assertThat(text(teamPage, "[data-raised]")).isEqualTo("€42.50");
		assertThat(teamPage.select("[data-sponsors]").text()).isEqualTo("1");
		assertThat(teamPage.select("[data-member] a").eachText()).containsExactly("Lou R.");
		assertThat(this.ledger.figures(campaign.id(), campaign.goalCents()).raisedCents()).isEqualTo(4250);
		assertThat(Mailbox.text(this.mailbox.await(sponsorEmail, 1).get(0))).as("the sponsor is the NGO's donor")
			.contains("Dear Anna", "42.50");
	}

	@Test
	void incomeCountsInAPagesTotalButNeverAsASponsor() {
		Campaign campaign = event();
		Runner runner = runner();
		String create = PagePaths.create(Language.EN, campaign);
		String path = runner.createAndPublish(create, runner.creation(create, "Cash Runner", "100", email()));

		income(campaign, path, 2500);

		Document page = runner.browser().page(path);
		assertThat(text(page, "[data-raised]")).isEqualTo("€25");
		assertThat(page.select("[data-sponsors]").text()).isEqualTo("0");
		UUID pageId = pageId(runner, path);
		assertThat(this.ledger.pageDonors(campaign.id())).doesNotContainKey(pageId);
		assertThat(this.ledger.pageTotals(campaign.id())).containsEntry(pageId, 2500L);
	}

	private void income(Campaign campaign, String path, long cents) {
		UUID pageId = pageId(runner(), path);
		this.ledger.append(new NewEntry("test:income:" + UUID.randomUUID(), EntryKind.INCOME, campaign.id(), pageId,
				null, null, cents, 0, false, today(), EntrySource.STAFF, "Entry fee", null), Instant.now());
	}

	private static UUID pageId(Runner runner, String path) {
		String href = runner.browser().page(path).select("[data-sponsor]").attr("href");
		return UUID.fromString(href.substring(href.indexOf("page=") + 5));
	}

	private Campaign event() {
		return FundraisingFixtures.campaign(this.campaigns, CampaignKind.EVENT, today().minusDays(5),
				today().plusDays(20));
	}

	private Runner runner() {
		return new Runner(Giver.fromOwnAddress(this.port), this.clock, this.mailbox);
	}

	private static String email() {
		return "runner." + UUID.randomUUID() + "@example.org";
	}

	private static String text(Document page, String selector) {
		List<Element> found = page.select(selector);
		assertThat(found).as(selector).hasSize(1);
		return found.get(0).text().replace('\u00a0', ' ');
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
	}

}
