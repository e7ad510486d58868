package org.vigie.mobilisation.campaigns;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.TestClock;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.PledgeConfirmed;
import org.vigie.mobilisation.Supporter;
import org.vigie.mobilisation.consent.ConsentEntry;
import org.vigie.mobilisation.consent.ConsentLedger;
import org.vigie.mobilisation.consent.Purpose;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supporter joins, confirms from the email, sees the counter go up and gets their share
 * kit; a friend joins through the personal link, and the first supporter's page says so.
 * The consent ledger keeps what each was asked with the exact wording shown, and the
 * confirmation is published once.
 */
@MobilisationTest
class CampaignJourneyTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private People people;

	@Autowired
	private ConsentLedger ledger;

	@Autowired
	private Counter counter;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@Autowired
	private ConfigurableApplicationContext context;

	@AfterEach
	void dropUnread() {
		this.jdbc.sql("delete from notifications_outbox where claimed_until is null").update();
	}

	@Test
	void aSupporterConfirmsSharesAndSeesAFriendJoinThroughTheirLink() throws Exception {
		Campaign campaign = CampaignFixtures.open(this.campaigns, this.clock.instant());
		List<PledgeConfirmed> published = new CopyOnWriteArrayList<>();
		ApplicationListener<PayloadApplicationEvent<PledgeConfirmed>> listener = (event) -> {
			if (event.getPayload().campaignId().equals(campaign.id())) {
				published.add(event.getPayload());
			}
		};
		ApplicationEventMulticaster events = this.context.getBean(
				AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, ApplicationEventMulticaster.class);
		events.addApplicationListener(listener);
		try {
			journey(campaign, published);
		}
		finally {
			events.removeApplicationListener(listener);
		}
	}

	private void journey(Campaign campaign, List<PledgeConfirmed> published) throws Exception {
		String page = CampaignPaths.campaign(Language.FR, campaign);
		Supporter ana = Supporter.fromOwnNetwork(this.port);
		Document form = ana.page(page);
		String wallWording = form.select("label[data-wording=PUBLIC_WALL]").text();
		assertThat(wallWording).contains("Mon prénom et ma ville").contains(campaign.text(Language.FR).title());
		assertThat(form.select("[data-supporters]").text()).isEqualTo("0");
		String email = "ana." + UUID.randomUUID() + "@example.org";
		HttpResponse<String> joined = CampaignFixtures.join(ana, this.clock, page,
				CampaignFixtures.fields("Ana", email, "Namur", "BE", true, false));
		assertThat(joined.statusCode()).isEqualTo(302);
		assertThat(CampaignFixtures.path(joined.headers().firstValue("Location").orElseThrow()))
			.isEqualTo(CampaignPaths.thanks(Language.FR, campaign));
		this.counter.changed(campaign.id());
		assertThat(ana.page(page).select("[data-supporters]").text()).as("unconfirmed pledges do not count")
			.isEqualTo("0");

		MimeMessage message = new Mailbox(mail).await(email, 1).get(0);
		assertThat(Mailbox.text(message)).contains("Bonjour Ana")
			.contains("/fr/agir/mes-donnees/")
			.contains("/partager/");
		String kitPath = CampaignFixtures.confirm(ana, message, "confirmer");
		assertThat(kitPath).startsWith(CampaignPaths.campaign(Language.FR, campaign) + "/partager/");
		Document kit = ana.page(kitPath);
		assertThat(kit.select("[data-confirmed]")).hasSize(1);
		assertThat(kit.select("[data-joined-through]").text()).isEqualTo("Personne n’a encore rejoint par votre lien.");
		assertThat(ana.page(page).select("[data-supporters]").text()).isEqualTo("1");
		assertThat(ana.page(page).select("[data-wall] li").text()).isEqualTo("Ana · Namur");
		String personal = kit.select("[data-personal-link]").val();
		assertThat(personal).matches(".*/fr/agir/" + campaign.text(Language.FR).slug() + "\\?via=[a-z0-9]{10}");

		Supporter friend = Supporter.fromOwnNetwork(this.port);
		String friendEmail = "bo." + UUID.randomUUID() + "@example.org";
		String via = personal.substring(personal.indexOf("/fr/"));
		assertThat(Supporter.hiddenFields(friend.page(via), "form[data-join]")).containsEntry("via",
				personal.substring(personal.indexOf("via=") + 4));
		CampaignFixtures.join(friend, this.clock, via, CampaignFixtures.fields("Bo", friendEmail, "", "", false, true));
		assertThat(ana.page(kitPath).select("[data-joined-through]").text()).as("only confirmed friends count")
			.isEqualTo("Personne n’a encore rejoint par votre lien.");
		CampaignFixtures.confirm(friend, new Mailbox(mail).await(friendEmail, 1).get(0), "confirmer");
		assertThat(ana.page(kitPath).select("[data-joined-through]").text())
			.isEqualTo("1 personne a rejoint grâce à vous.");
		assertThat(ana.page(page).select("[data-supporters]").text()).isEqualTo("2");
		assertThat(ana.page(page).select("[data-wall] li").text()).as("Bo did not agree to be shown")
			.isEqualTo("Ana · Namur");
		assertThat(published).hasSize(2);
		assertThat(published.get(0).country()).isEqualTo("BE");
		assertThat(ana.hasCookies()).isFalse();

		UUID person = this.people.find(EmailAddress.parse(email).orElseThrow()).orElseThrow();
		List<ConsentEntry> entries = this.ledger.entries(person);
		assertThat(entries).extracting(ConsentEntry::purpose, ConsentEntry::event)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(Purpose.PARTICIPATION, ConsentEntry.Event.REQUESTED),
					org.assertj.core.groups.Tuple.tuple(Purpose.PUBLIC_WALL, ConsentEntry.Event.REQUESTED),
					org.assertj.core.groups.Tuple.tuple(Purpose.PARTICIPATION, ConsentEntry.Event.CONFIRMED),
					org.assertj.core.groups.Tuple.tuple(Purpose.PUBLIC_WALL, ConsentEntry.Event.CONFIRMED));
		assertThat(entries).filteredOn((entry) -> entry.purpose() == Purpose.PUBLIC_WALL)
			.extracting(ConsentEntry::wording)
			.containsOnly(wallWording);
		assertThat(entries).filteredOn((entry) -> entry.purpose() == Purpose.PARTICIPATION)
			.extracting(ConsentEntry::wording)
			.containsOnly(form.select("[data-wording=PARTICIPATION]").text());
		UUID friendPerson = this.people.find(EmailAddress.parse(friendEmail).orElseThrow()).orElseThrow();
		assertThat(this.ledger.holds(friendPerson, Purpose.CAMPAIGN_NEWS, campaign.subject())).isTrue();
		assertThat(this.ledger.last(friendPerson, Purpose.PUBLIC_WALL, campaign.subject())).isEmpty();
	}

}
