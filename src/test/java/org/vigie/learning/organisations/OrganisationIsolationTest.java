package org.vigie.learning.organisations;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.learning.LearningFixtures;
import org.vigie.learning.LearningTest;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager sees and changes only their own organisation, a member only their own line;
 * forms refuse other sites, missing or borrowed tokens and hostile input with a clear
 * answer, and store nothing.
 */
@LearningTest
class OrganisationIsolationTest {

	@Autowired
	private DeckStore decks;

	@Autowired
	private JdbcClient jdbc;

	@Value("${local.server.port}")
	private int port;

	private Deck deck;

	@BeforeEach
	void trialDeck() {
		this.deck = LearningFixtures.trialDeck(this.decks);
	}

	@Test
	void anotherManagerOrAMemberCannotSeeOrChangeAnOrganisationTheyDoNotManage() {
		Staff alice = new Staff(this.port);
		Staff.Created first = alice.create("First Hotel", "HOTEL");
		Staff bob = new Staff(this.port);
		Staff.Created second = bob.create("Second Agency", "TRAVEL_AGENCY");
		Staff member = new Staff(this.port);
		member.join(first.link(), "Mila");

		assertThat(bob.browser.get(first.path()).statusCode()).isEqualTo(404);
		assertThat(new Staff(this.port).browser.get(first.path()).statusCode()).as("no cookie").isEqualTo(404);
		assertThat(member.browser.get(second.path()).statusCode()).isEqualTo(404);
		String bobsToken = Jsoup.parse(bob.browser.get(second.path()).body()).selectFirst("input[name=token]").val();
		for (Staff intruder : new Staff[] { bob, member }) {
			assertThat(intruder.browser
				.post(first.path() + "/decks", Map.of("deck", this.deck.id().toString(), "token", bobsToken))
				.statusCode()).isEqualTo(404);
			assertThat(intruder.browser.post(first.path() + "/invitation", Map.of("expiry", "0", "token", bobsToken))
				.statusCode()).isEqualTo(404);
			assertThat(intruder.browser
				.post(first.path() + "/contact", Map.of("email", "spy@example.org", "token", bobsToken))
				.statusCode()).isEqualTo(404);
		}
		assertThat(assigned(first)).isZero();
		assertThat(alice.browser.get(first.path()).body()).contains("Mila");
		assertThat(bob.browser.get(second.path()).body()).doesNotContain("Mila");
		assertThat(bob.browser.get("/en/cards/organisations/" + java.util.UUID.randomUUID()).statusCode())
			.isEqualTo(404);
		assertThat(bob.browser.get("/en/cards/organisations/not-a-uuid").statusCode()).isEqualTo(404);
	}

	@Test
	void formsFromOtherSitesOrWithoutTheirOwnTokenChangeNothing() {
		Staff alice = new Staff(this.port);
		Staff.Created hotel = alice.create("Token Hotel", "HOTEL");
		String token = Jsoup.parse(alice.browser.get(hotel.path()).body()).selectFirst("input[name=token]").val();
		Map<String, String> fields = Map.of("deck", this.deck.id().toString(), "token", token);

		assertThat(alice.browser.post(hotel.path() + "/decks", fields, "Sec-Fetch-Site", "cross-site").statusCode())
			.isEqualTo(403);
		assertThat(alice.browser.post(hotel.path() + "/decks", Map.of("deck", this.deck.id().toString())).statusCode())
			.isEqualTo(403);
		HttpResponse<String> wrong = alice.browser.post(hotel.path() + "/decks",
				Map.of("deck", this.deck.id().toString(), "token", "0".repeat(64)));
		assertThat(wrong.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(wrong.body()).select("[role=alert]").text()).contains("This form has expired");
		assertThat(assigned(hotel)).isZero();

		int before = organisations();
		Staff visitor = new Staff(this.port);
		String homeToken = Jsoup.parse(visitor.browser.get(Staff.HOME).body()).selectFirst("input[name=token]").val();
		assertThat(visitor.browser
			.post(Staff.HOME, Map.of("name", "Cross", "kind", "HOTEL", "token", homeToken), "Sec-Fetch-Site",
					"cross-site")
			.statusCode()).isEqualTo(403);
		assertThat(organisations()).isEqualTo(before);
		assertThat(visitor.browser.deviceCookie()).isEmpty();
	}

	@Test
	void hostileInputIsRefusedWithAClearMessageAndNothingIsStored() {
		Staff alice = new Staff(this.port);
		Staff.Created hotel = alice.create("Input Hotel", "HOTEL");
		int before = organisations();
		Map<String, String> badOrganisations = new LinkedHashMap<>();
		badOrganisations.put("x".repeat(10_000), "between 1 and 120");
		badOrganisations.put("Bell\u0007Hotel", "control characters");
		badOrganisations.put("Right\u202Eto left", "control characters");
		badOrganisations.put("   ", "1 to 120");
		badOrganisations.forEach((name, problem) -> {
			HttpResponse<String> refused = alice.submit(Staff.HOME, Staff.HOME, Map.of("name", name, "kind", "HOTEL"));
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(Jsoup.parse(refused.body()).select("[role=alert]").text())
				.isEqualTo("Please give a name of 1 to 120 characters, without control characters.");
			assertThat(org.vigie.HtmlChecker.check("problem", refused.body()).errorsNotingWarnings()).isEmpty();
		});
		assertThat(alice.submit(Staff.HOME, Staff.HOME, Map.of("name", "Fine", "kind", "CASINO")).statusCode())
			.isEqualTo(400);
		assertThat(organisations()).isEqualTo(before);

		for (String email : new String[] { "not-an-address", "a@b", "x@example.org\r\nBcc: all@example.org",
				"<script>@example.org", "a".repeat(250) + "@example.org" }) {
			HttpResponse<String> refused = alice.submit(hotel.path(), hotel.path() + "/contact",
					Map.of("email", email));
			assertThat(refused.statusCode()).as(email).isEqualTo(400);
			assertThat(Jsoup.parse(refused.body()).select("[role=alert]").text())
				.isEqualTo("This email address does not look right. Please check it.");
		}
		assertThat(alice.submit(hotel.path(), hotel.path() + "/invitation", Map.of("expiry", "9999")).statusCode())
			.isEqualTo(400);
		assertThat(alice.submit(hotel.path(), hotel.path() + "/decks", Map.of("deck", "../../etc")).statusCode())
			.isEqualTo(400);
		assertThat(this.jdbc
			.sql("select count(*) from learning_organisation where id = ? and contact_email_sealed is null")
			.param(OrganisationJourneyTest.id(hotel))
			.query(Integer.class)
			.single()).isEqualTo(1);

		Staff member = new Staff(this.port);
		for (String name : new String[] { "n".repeat(10_000), "Tab\tName", "" }) {
			HttpResponse<String> refused = member.join(hotel.link(), name);
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(Jsoup.parse(refused.body()).select("[role=alert]").text())
				.isEqualTo("Please give a name of 1 to 60 characters, without control characters.");
		}
		assertThat(this.jdbc.sql("select count(*) from learning_organisation_member where organisation_id = ?")
			.param(OrganisationJourneyTest.id(hotel))
			.query(Integer.class)
			.single()).isZero();
	}

	private int assigned(Staff.Created organisation) {
		return this.jdbc.sql("select count(*) from learning_organisation_deck where organisation_id = ?")
			.param(OrganisationJourneyTest.id(organisation))
			.query(Integer.class)
			.single();
	}

	private int organisations() {
		return this.jdbc.sql("select count(*) from learning_organisation").query(Integer.class).single();
	}

}
