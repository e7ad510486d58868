package org.vigie.learning.organisations;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.HtmlChecker;
import org.vigie.TestClock;
import org.vigie.learning.LearningFixtures;
import org.vigie.learning.LearningTest;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.learners.Learners;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager creates an organisation, invites by a link and assigns a deck; staff join
 * with a name of their choosing, study, see exactly their manager's line about them and
 * can leave; renewed, expired and forged links change nothing.
 */
@LearningTest
class OrganisationJourneyTest {

	@Autowired
	private DeckStore decks;

	@Autowired
	private Learners learners;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@Value("${local.server.port}")
	private int port;

	private Deck deck;

	@BeforeEach
	void trialDeck() {
		this.deck = LearningFixtures.trialDeck(this.decks);
	}

	@Test
	void theManagerSeesEachMembersProgressAndTheMemberSeesExactlyTheirOwnLine() {
		Staff manager = new Staff(this.port);
		Staff.Created hotel = manager.create("Hôtel des Dunes", "HOTEL");
		manager.assign(hotel.path(), this.deck);
		Staff member = new Staff(this.port);
		Document invitation = member.browser.page(hotel.link());
		assertThat(invitation.select("h1").text()).isEqualTo("Join Hôtel des Dunes");
		assertThat(invitation.select("main").text()).contains("the name you choose below",
				"your estimated recall today", "never sees your answers", "Assigned decks: Trial deck.");

		HttpResponse<String> joined = member.join(hotel.link(), "<script>alert(1)</script> Zoë");
		assertThat(Staff.location(joined)).isEqualTo(hotel.path() + "?joined");
		member.answerOne(this.deck, this.decks);
		member.answerOne(this.deck, this.decks);

		HttpResponse<String> dashboard = manager.browser.get(hotel.path());
		assertThat(dashboard.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt; Zoë")
			.doesNotContain("<script>alert(1)");
		Document page = Jsoup.parse(dashboard.body());
		assertThat(page.select("h2#members-title").text()).isEqualTo("Members (1)");
		String managersLine = page.select("tr[data-member-row]").text();
		assertThat(managersLine).startsWith("<script>alert(1)</script> Zoë 2 of 6")
			.contains("not yet", "after mastery");
		assertThat(page.select("[data-total]").text()).isEqualTo("1 started and 0 mastered, out of 1 members");

		Document own = member.browser.page(hotel.path());
		assertThat(own.select("h2#seen-title").text()).isEqualTo("What your manager sees");
		assertThat(own.select("tr[data-member-row]").text()).isEqualTo(managersLine);
		assertThat(own.select("a[data-study]").attr("href")).isEqualTo("/en/cards/trial");
		assertThat(own.select("form[action$=/decks], form[action$=/invitation]")).isEmpty();

		for (String path : new String[] { Staff.HOME, hotel.path(), hotel.link() }) {
			assertThat(HtmlChecker.check(path, manager.browser.get(path).body()).errorsNotingWarnings()).isEmpty();
		}
		assertThat(HtmlChecker.check("member", member.browser.get(hotel.path()).body()).errorsNotingWarnings())
			.isEmpty();
	}

	@Test
	void aMemberWhoLeavesDisappearsFromTheDashboard() {
		Staff manager = new Staff(this.port);
		Staff.Created school = manager.create("École du Parc", "SCHOOL");
		Staff member = new Staff(this.port);
		member.join(school.link(), "Nadia");
		assertThat(manager.browser.page(school.path()).select("h2#members-title").text()).isEqualTo("Members (1)");

		HttpResponse<String> left = member.submit(school.path(), school.path() + "/leave", Map.of());

		assertThat(Staff.location(left)).isEqualTo(Staff.HOME + "?left");
		assertThat(manager.browser.page(school.path()).select("h2#members-title").text()).isEqualTo("Members (0)");
		assertThat(manager.browser.get(school.path()).body()).doesNotContain("Nadia");
		assertThat(member.browser.get(school.path()).statusCode()).isEqualTo(404);
		assertThat(members(school)).isZero();
	}

	@Test
	void renewedExpiredAndForgedLinksShowAClearPageAndChangeNothing() {
		Staff manager = new Staff(this.port);
		Staff.Created agency = manager.create("Voyages Sud", "TRAVEL_AGENCY");
		HttpResponse<String> invitation = manager.submit(agency.path(), agency.path() + "/invitation",
				Map.of("expiry", "30"));
		assertThat(HtmlChecker.check("invitation", invitation.body()).errorsNotingWarnings()).isEmpty();
		assertThat(Jsoup.parse(invitation.body()).select("[data-expiry]").text())
			.startsWith("This link stops working on");
		String renewed = manager.renew(agency.path(), "7");
		String forged = Staff.HOME + "/join/" + "A".repeat(43);

		for (String link : new String[] { agency.link(), forged, Staff.HOME + "/join/short",
				Staff.HOME + "/join/%3Cscript%3E" }) {
			Staff visitor = new Staff(this.port);
			HttpResponse<String> shown = visitor.browser.get(link);
			assertThat(shown.statusCode()).as(link).isEqualTo(404);
			assertThat(Jsoup.parse(shown.body()).select("h1").text()).isEqualTo("This invitation link does not work");
			assertThat(HtmlChecker.check(link, shown.body()).errorsNotingWarnings()).isEmpty();
			HttpResponse<String> sent = visitor.browser.post(link, Map.of("name", "Intruder", "token", "x"));
			assertThat(sent.statusCode()).as(link).isEqualTo(404);
			assertThat(visitor.browser.deviceCookie()).as("no learner made for a dead link").isEmpty();
		}
		assertThat(members(agency)).isZero();

		Staff early = new Staff(this.port);
		assertThat(early.join(renewed, "Early").statusCode()).isEqualTo(302);
		this.clock.advance(Duration.ofDays(8));
		Staff late = new Staff(this.port);
		assertThat(late.browser.get(renewed).statusCode()).as("expired after 7 days").isEqualTo(404);
		assertThat(manager.browser.page(agency.path()).select("main").text())
			.contains("The current invitation link has expired.");
		assertThat(members(agency)).isEqualTo(1);
		assertThat(early.browser.get(agency.path()).statusCode()).as("members stay").isEqualTo(200);
	}

	@Test
	void theContactAddressIsStoredSealedAndCanBeRemoved() {
		Staff manager = new Staff(this.port);
		Staff.Created hotel = manager.create("Hotel Contact", "HOTEL");
		HttpResponse<String> saved = manager.submit(hotel.path(), hotel.path() + "/contact",
				Map.of("email", "Trainer@Hotel-Contact.example"));
		assertThat(Staff.location(saved)).isEqualTo(hotel.path() + "?saved=contact");
		String stored = this.jdbc.sql("select contact_email_sealed from learning_organisation where id = ?")
			.param(id(hotel))
			.query(String.class)
			.single();
		assertThat(stored).isNotBlank().doesNotContainIgnoringCase("hotel-contact").doesNotContain("Trainer");
		assertThat(manager.browser.page(hotel.path() + "?saved=contact").select("[data-contact]")).hasSize(1);

		manager.submit(hotel.path(), hotel.path() + "/contact", Map.of("remove", "1"));
		assertThat(this.jdbc
			.sql("select count(*) from learning_organisation where id = ? and contact_email_sealed is null")
			.param(id(hotel))
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private int members(Staff.Created organisation) {
		return this.jdbc.sql("select count(*) from learning_organisation_member where organisation_id = ?")
			.param(id(organisation))
			.query(Integer.class)
			.single();
	}

	static UUID id(Staff.Created organisation) {
		return UUID.fromString(organisation.path().substring(organisation.path().lastIndexOf('/') + 1));
	}

}
