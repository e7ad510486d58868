package org.vigie.learning.authoring;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.HtmlChecker;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.identity.Role;
import org.vigie.learning.LearningTest;
import org.vigie.learning.decks.CardKind;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.decks.StudyCard;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trainer writes a deck and its cards in three languages, previews a card as learners
 * will see it (nothing stored), publishes, and learners find the deck on the public
 * pages; reordering, retiring and translating leave learners' card ids alone, and every
 * change is in the audit trail. Every page the trainer sees is valid HTML.
 */
@LearningTest
class DeckAuthoringJourneyTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SiteClient site;

	@Autowired
	private TestClock clock;

	@Autowired
	private DeckStore decks;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aTrainerWritesPreviewsAndPublishesADeckLearnersThenSee() {
		Trainers.Signed trainer = Trainers.signIn(this.context, Role.TRAINER);
		StaffBrowser browser = trainer.browser();
		List<String> invalid = new ArrayList<>();
		String key = AuthoringFixtures.key("hotel");
		invalid.addAll(valid(browser, "/admin/cards/new"));
		Map<String, String> deckFields = AuthoringFixtures.deckFields(key);
		HttpResponse<String> created = browser.submit("/admin/cards/new", "/admin/cards/new", deckFields);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		Deck deck = this.decks.byKey(key).orElseThrow();
		assertThat(deck.published()).isFalse();
		assertThat(deck.desiredRetention()).isEqualTo(0.85);
		assertThat(deck.text(Language.NL).slug()).isEqualTo(key + "-nl");
		String deckPath = "/admin/cards/" + deck.id();
		assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith(deckPath + "?done=saved");
		invalid.addAll(valid(browser, deckPath + "?done=saved"));

		String cardsPath = deckPath + "/cards";
		String newCard = cardsPath + "/new";
		invalid.addAll(valid(browser, newCard));
		Map<String, String> trueFalse = AuthoringFixtures.cardFields("tf", "TRUE_FALSE", 2,
				"A child alone at night is fine");
		trueFalse.put("report", "true");
		Map<String, String> choice = AuthoringFixtures.cardFields("mcq", "MULTIPLE_CHOICE", 3, "Whom do you call?",
				"Nobody", "A friend", "The police");
		Map<String, String> scenario = AuthoringFixtures.cardFields("scene", "SCENARIO", 1,
				"You see <b>a man</b> & a child", "Note what you see", "Confront him");

		// Preview: the card as learners see it, in each language, nothing stored.
		Map<String, String> previewing = new HashMap<>(scenario);
		previewing.put("action", "preview");
		HttpResponse<String> preview = browser.submit(newCard, newCard, previewing);
		assertThat(preview.statusCode()).isEqualTo(200);
		Document shown = Jsoup.parse(preview.body());
		assertThat(shown.select("[data-preview]")).hasSize(3);
		assertThat(shown.select("[data-preview=nl] .study-card__kind").text()).isEqualTo("Wat doet u?");
		assertThat(shown.select("[data-preview=fr] .study-card__prompt").first().text())
			.isEqualTo("You see <b>a man</b> & a child [fr]");
		assertThat(preview.body()).doesNotContain("<b>a man</b>").contains("&lt;b&gt;a man&lt;/b&gt;");
		assertThat(shown.select("[data-preview=en] .is-answer").text()).contains("Note what you see en");
		assertThat(shown.select("textarea[name=prompt_nl]").text()).isEqualTo("You see <b>a man</b> & a child [nl]");
		invalid.addAll(HtmlChecker.check("preview", preview.body()).errorsNotingWarnings());
		assertThat(this.decks.cards(deck.id())).isEmpty();
		assertThat(count("select count(*) from learning_review where deck_id = ?", deck.id())).isZero();

		for (Map<String, String> card : List.of(trueFalse, choice, scenario)) {
			HttpResponse<String> saved = browser.submit(newCard, newCard, card);
			assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		}
		List<StudyCard> cards = this.decks.cards(deck.id());
		assertThat(cards).extracting(StudyCard::key).containsExactly("tf", "mcq", "scene");
		assertThat(cards.get(0).kind()).isEqualTo(CardKind.TRUE_FALSE);
		assertThat(cards.get(0).answer()).isEqualTo(1);
		assertThat(cards.get(0).linksReport()).isTrue();
		assertThat(cards.get(0).text(Language.FR).options()).isEmpty();
		assertThat(cards.get(1).answer()).isEqualTo(2);
		assertThat(cards.get(1).text(Language.NL).options()).containsExactly("Nobody nl", "A friend nl",
				"The police nl");
		invalid.addAll(valid(browser, cardsPath));
		invalid.addAll(valid(browser, cardsPath + "/" + cards.get(1).id()));

		// Translating: a change in French alone marks Dutch and English as older.
		UUID mcq = cards.get(1).id();
		Map<String, String> edited = new HashMap<>(choice);
		edited.put("prompt_fr", "Qui appelez-vous ?");
		this.clock.advance(java.time.Duration.ofMinutes(5));
		assertThat(browser.submit(cardsPath + "/" + mcq, cardsPath + "/" + mcq, edited).statusCode()).isEqualTo(302);
		Document editPage = Jsoup.parse(browser.get(cardsPath + "/" + mcq).body());
		assertThat(editPage.select("[data-older]").eachAttr("data-older")).containsExactly("nl", "en");
		assertThat(Jsoup.parse(browser.get(cardsPath).body()).select("[data-card=mcq] [data-older]").text())
			.contains("NL, EN");
		Map<String, String> halfDone = new HashMap<>(choice);
		halfDone.put("reflex_en", "");
		halfDone.put("action", "preview");
		assertThat(Jsoup.parse(browser.submit(cardsPath + "/" + mcq, cardsPath + "/" + mcq, halfDone).body())
			.select("[data-missing]")
			.eachAttr("data-missing")).containsExactly("en");

		// Reordering and retiring keep the other cards' ids.
		assertThat(browser.submit(cardsPath, cardsPath + "/" + cards.get(2).id() + "/move", Map.of("direction", "up"))
			.statusCode()).isEqualTo(302);
		assertThat(this.decks.cards(deck.id())).extracting(StudyCard::key).containsExactly("tf", "scene", "mcq");
		assertThat(browser.submit(cardsPath, cardsPath + "/" + cards.get(0).id() + "/retire", Map.of()).statusCode())
			.isEqualTo(302);
		assertThat(this.decks.cards(deck.id())).extracting(StudyCard::id)
			.containsExactly(cards.get(2).id(), cards.get(1).id());
		assertThat(browser.get(cardsPath + "/" + cards.get(0).id()).statusCode()).isEqualTo(404);

		// Not yet published: learners do not see it.
		assertThat(this.site.get("/en/cards/" + key + "-en").statusCode()).isEqualTo(404);
		Map<String, String> publish = new HashMap<>(deckFields);
		publish.put("published", "true");
		assertThat(browser.submit(deckPath, deckPath, publish).statusCode()).isEqualTo(302);
		assertThat(this.decks.cards(deck.id())).extracting(StudyCard::id)
			.containsExactly(cards.get(2).id(), cards.get(1).id());
		Document list = this.site.page("/nl/kaarten");
		assertThat(list.text()).contains("Hotel " + key + " nl");
		Document study = this.site.page("/fr/cartes/" + key + "-fr/study");
		assertThat(study.select(".study-card__prompt").text()).isEqualTo("You see <b>a man</b> & a child [fr]");
		assertThat(study.select(".study-card__prompt b")).isEmpty();

		Document decksPage = Jsoup.parse(browser.get("/admin/cards").body());
		assertThat(decksPage.select("[data-deck=" + key + "] [data-cards]").text()).isEqualTo("2");
		assertThat(decksPage.select("[data-deck=" + key + "] [data-answers]").text()).isEqualTo("0");
		invalid.addAll(valid(browser, "/admin/cards"));

		assertThat(audited("CARDS_DECK_SAVED", "deck:" + key, trainer.email())).isEqualTo(2);
		assertThat(audited("CARDS_CARD_SAVED", "deck:" + key + "/mcq", trainer.email())).isEqualTo(2);
		assertThat(audited("CARDS_CARD_MOVED", "deck:" + key + "/scene", trainer.email())).isEqualTo(1);
		assertThat(audited("CARDS_CARD_RETIRED", "deck:" + key + "/tf", trainer.email())).isEqualTo(1);
		assertThat(invalid).isEmpty();
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private long audited(String action, String target, String actor) {
		return count("select count(*) from identity_audit where action = ? and target = ? and actor = ?", action,
				target, actor);
	}

	static List<String> valid(StaffBrowser browser, String path) {
		HttpResponse<String> response = browser.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return HtmlChecker.check(path, response.body()).errorsNotingWarnings();
	}

}
