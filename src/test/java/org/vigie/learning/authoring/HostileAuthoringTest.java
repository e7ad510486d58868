package org.vigie.learning.authoring;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.HtmlChecker;
import org.vigie.StaffBrowser;
import org.vigie.identity.Role;
import org.vigie.learning.LearningTest;
import org.vigie.learning.decks.DeckDefinition;
import org.vigie.learning.decks.DeckStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile or careless input to the trainer's forms is refused with a clear message next
 * to the form, which keeps what was typed, and nothing is stored: oversized fields,
 * control characters, a wrong answer number, six options, another deck's address word or
 * key, a retention out of range.
 */
@LearningTest
class HostileAuthoringTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private DeckStore decks;

	@Autowired
	private JdbcClient jdbc;

	private StaffBrowser trainer;

	private String key;

	private UUID deck;

	private DeckDefinition before;

	@BeforeEach
	void storeADeck() {
		this.trainer = Trainers.signIn(this.context, Role.TRAINER).browser();
		this.key = AuthoringFixtures.key("hostile");
		this.deck = this.decks.save(AuthoringFixtures.deck(this.key, 2), Instant.now());
		this.before = stored();
	}

	@Test
	void badCardsAreRefusedWithTheirReasonAndNothingIsStored() {
		String newCard = "/admin/cards/" + this.deck + "/cards/new";
		String big = "x".repeat(10 * 1024);
		assertRefused(newCard, card("long", (fields) -> fields.put("prompt_nl", big)),
				"The question (nl) of \"long\" is longer than 600 characters.");
		assertRefused(newCard, card("ctrl", (fields) -> fields.put("reflex_fr", "Stop\u0007 now")),
				"The reflex (fr) of \"ctrl\" has invisible control characters.");
		assertRefused(newCard, card("answer", (fields) -> fields.put("answer", "7")),
				"The right option \"7\" must be a number from 1 to 3.");
		assertRefused(newCard, card("answer2", (fields) -> fields.put("answer", "-1")),
				"The right option \"-1\" must be a number from 1 to 3.");
		assertRefused(newCard, card("six", (fields) -> fields.put("options_en", "1\n2\n3\n4\n5\n6")),
				"Card \"six\" (en) needs 2 to 5 options.");
		assertRefused(newCard, card("kind", (fields) -> fields.put("kind", "ESSAY")),
				"Card \"kind\" has no kind (TRUE_FALSE, MULTIPLE_CHOICE or SCENARIO).");
		assertRefused(newCard, card("Bad Key!", (fields) -> {
		}), "The card key \"Bad Key!\" must be lower-case letters, digits and hyphens (at most 60).");
		assertRefused(newCard, card("k1", (fields) -> {
		}), "Two cards have the key \"k1\".");
		HttpResponse<String> html = assertRefused(newCard,
				card("html", (fields) -> fields.put("prompt_fr", "<script>alert(1)</script>" + big)),
				"The question (fr) of \"html\" is longer than 600 characters.");
		assertThat(html.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(Jsoup.parse(html.body()).select("textarea[name=prompt_fr]").text()).startsWith("<script>");
		assertThat(HtmlChecker.check("refused card", html.body()).errorsNotingWarnings()).isEmpty();
		String existing = "/admin/cards/" + this.deck + "/cards/" + this.decks.cards(this.deck).get(0).id();
		assertRefused(existing, card("ignored", (fields) -> fields.put("explanation_en", "")),
				"The explanation (en) of \"k1\" is empty.");
		assertThat(stored()).isEqualTo(this.before);
	}

	@Test
	void badDecksAreRefusedWithTheirReasonAndNothingIsStored() {
		String other = AuthoringFixtures.key("other");
		this.decks.save(AuthoringFixtures.deck(other, 1), Instant.now());
		String page = "/admin/cards/" + this.deck;
		assertRefused(page, deckFields((fields) -> fields.put("slug_nl", other + "-nl")),
				"Another deck already has the address word \"" + other + "-nl\" (nl).");
		assertRefused(page, deckFields((fields) -> fields.put("retention", "0.5")),
				"The desired retention 0.5 must be between 0.70 and 0.99.");
		assertRefused(page, deckFields((fields) -> fields.put("retention", "lots")),
				"The desired retention \"lots\" is not a number such as 0.90.");
		assertRefused(page, deckFields((fields) -> fields.put("title_fr", "T".repeat(10 * 1024))),
				"The title (fr) of \"-\" is longer than 80 characters.");
		assertRefused(page, deckFields((fields) -> fields.put("slug_en", "study")),
				"The address word \"study\" (en) must be lower-case letters, digits and hyphens, and not a reserved word.");
		assertRefused(page, deckFields((fields) -> fields.put("summary_en", "Tab\there")),
				"The summary (en) of \"-\" has invisible control characters.");
		assertRefused(page, deckFields((fields) -> fields.put("position", "99999999999")),
				"The position must be a whole number from 0 to 10,000.");
		// Creating a deck with the key of an existing one must not replace it.
		Map<String, String> same = AuthoringFixtures.deckFields(this.key);
		assertRefused("/admin/cards/new", same, "A deck already has the key \"" + this.key + "\".");
		assertThat(stored()).isEqualTo(this.before);
		assertThat(this.jdbc.sql("select count(*) from learning_deck where deck_key = ?")
			.param(this.key)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private HttpResponse<String> assertRefused(String page, Map<String, String> fields, String message) {
		HttpResponse<String> response = this.trainer.submit(page, page, fields);
		assertThat(response.statusCode()).as(message).isEqualTo(400);
		Document shown = Jsoup.parse(response.body());
		assertThat(shown.select("[role=alert] li").eachText()).as(page).contains(message);
		return response;
	}

	private Map<String, String> card(String key, java.util.function.Consumer<Map<String, String>> change) {
		Map<String, String> fields = new HashMap<>(
				AuthoringFixtures.cardFields(key, "MULTIPLE_CHOICE", 2, "Question", "One", "Two", "Three"));
		change.accept(fields);
		return fields;
	}

	private Map<String, String> deckFields(java.util.function.Consumer<Map<String, String>> change) {
		Map<String, String> fields = new HashMap<>(AuthoringFixtures.deckFields(this.key));
		change.accept(fields);
		return fields;
	}

	private DeckDefinition stored() {
		this.decks.forget(this.deck);
		return Definitions.of(this.decks.deck(this.deck).orElseThrow(), this.decks.cards(this.deck));
	}

	static List<String> none() {
		return List.of();
	}

}
