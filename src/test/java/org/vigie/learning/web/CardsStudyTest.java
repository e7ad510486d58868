package org.vigie.learning.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.TestClock;
import org.vigie.learning.Learner;
import org.vigie.learning.LearningFixtures;
import org.vigie.learning.LearningTest;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.learners.Learners;
import org.vigie.learning.study.Study;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner at /en/cards without an account and without JavaScript: answers, sees why,
 * keeps their progress in every language; what they send is checked before it counts.
 */
@LearningTest
class CardsStudyTest {

	private static final String STUDY = "/en/cards/trial/study";

	@LocalServerPort
	int port;

	@Autowired
	DeckStore decks;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Study study;

	@Autowired
	Learners learners;

	Deck deck;

	@BeforeEach
	void deck() {
		this.deck = LearningFixtures.trialDeck(this.decks);
	}

	@Test
	void aLearnerAnswersWithoutAnAccountSeesWhyAndKeepsTheirProgressInEveryLanguage() {
		Learner learner = new Learner(this.port);
		assertThat(learner.get("/sitemap-nl.xml").body()).as("the decks are in the sitemaps")
			.contains("/nl/kaarten</loc>", "/nl/kaarten/proef</loc>", "/nl/kaarten/reizigers</loc>");
		assertThat(learner.get("/en/").body()).as("the home page and menu lead to the cards")
			.contains("href=\"/en/cards\"", "Would you know what to do?");
		HttpResponse<String> list = learner.get("/en/cards");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("Trial deck");
		assertThat(list.headers().allValues("set-cookie")).as("no cookie before a first answer").isEmpty();
		assertThat(list.headers().firstValue("cache-control")).contains("no-store");
		assertThat(list.headers().firstValue("content-security-policy").orElseThrow())
			.contains("default-src 'self'", "script-src 'self';", "frame-ancestors 'none'")
			.doesNotContain("unsafe");

		Document question = learner.page(STUDY);
		assertThat(question.selectFirst("h1").text()).isEqualTo("Card 1 prompt <b>not bold</b>");
		assertThat(question.select("h1 b")).as("card text is escaped").isEmpty();
		assertThat(question.select("button[name=choice]").eachText()).containsExactly("True", "False");

		HttpResponse<String> answered = learner.answer(STUDY, 1);
		assertThat(answered.statusCode()).isEqualTo(302);
		assertThat(answered.headers().firstValue("location").orElseThrow())
			.contains("/en/cards/trial/study/answer?card=");
		List<String> cookies = answered.headers().allValues("set-cookie");
		assertThat(cookies).noneMatch((cookie) -> cookie.startsWith("JSESSIONID")).as("no session");
		assertThat(cookies).anySatisfy((cookie) -> assertThat(cookie).startsWith("vigie_cards=")
			.contains("Path=/en/cards", "HttpOnly", "SameSite=Lax"));
		assertThat(cookies).anySatisfy((cookie) -> assertThat(cookie).contains("Path=/fr/cartes"));

		Document feedback = learner.page(location(answered));
		assertThat(feedback.selectFirst("[data-verdict]").attr("data-verdict")).isEqualTo("right");
		assertThat(feedback.text()).contains("Card 1 explanation.", "Card 1 reflex.");
		assertThat(feedback.select(".feedback__report a").attr("href")).isEqualTo("/en/report");

		assertThat(learner.page(STUDY).selectFirst("h1").text()).startsWith("Card 2 prompt");
		Document wrong = learner.page(location(learner.answer(STUDY, 0)));
		assertThat(wrong.selectFirst("[data-verdict]").attr("data-verdict")).isEqualTo("wrong");
		assertThat(wrong.select(".is-chosen").text()).contains("Card 2 option A", "Your answer");
		assertThat(wrong.select(".is-answer").text()).contains("Card 2 option B");
		assertThat(wrong.select(".feedback__report")).isEmpty();

		assertThat(learner.page("/en/cards/trial").text()).contains("2 of 6");
		assertThat(learner.page("/fr/cartes/essai").text()).contains("2 sur 6");
		assertThat(learner.page("/nl/kaarten/proef/study").selectFirst("h1").text()).startsWith("Kaart 3");

		UUID id = learnerOf(learner);
		List<Map<String, Object>> reviews = this.jdbc
			.sql("select rating, state_before, state_after, elapsed_days, stability_after from learning_review "
					+ "where learner_id = ? order by reviewed_at")
			.param(id)
			.query()
			.listOfRows();
		assertThat(reviews).hasSize(2);
		assertThat(((Number) reviews.get(0).get("RATING")).intValue()).isEqualTo(3);
		assertThat(reviews.get(0)).containsEntry("STATE_BEFORE", "NEW");
		assertThat(((Number) reviews.get(1).get("RATING")).intValue()).isEqualTo(1);
		assertThat(reviews.get(0).get("STABILITY_AFTER")).isNotNull();
	}

	@Test
	void replayedForgedAndForeignAnswersAreRefusedAndChangeNothing() {
		Learner learner = new Learner(this.port);
		learner.answer(STUDY, 1);
		UUID id = learnerOf(learner);
		Map<String, String> form = Learner.questionFields(learner.page(STUDY));
		Map<String, String> right = with(form, "choice", "1");
		assertThat(learner.post(STUDY, right).statusCode()).isEqualTo(302);
		long reviews = reviews(id);
		String schedule = schedule(id);

		HttpResponse<String> replay = learner.post(STUDY, right);
		assertThat(replay.statusCode()).isEqualTo(409);
		assertThat(replay.body()).contains("already answered");
		assertThat(learner.post(STUDY, with(form, "choice", "7")).statusCode()).isEqualTo(400);
		assertThat(learner.post(STUDY, with(form, "choice", "-1")).statusCode()).isEqualTo(400);
		assertThat(learner.post(STUDY, with(form, "choice", "1".repeat(5000))).statusCode()).isEqualTo(400);
		assertThat(learner.post(STUDY, with(form, "choice", "x")).statusCode()).isEqualTo(400);
		assertThat(learner.post(STUDY, with(right, "card", UUID.randomUUID().toString())).body())
			.contains("not in this deck");
		assertThat(learner.post(STUDY, with(right, "card", "'; drop table learning_review; --")).statusCode())
			.isEqualTo(400);
		Map<String, String> next = with(Learner.questionFields(learner.page(STUDY)), "choice", "0");
		assertThat(learner.post(STUDY, with(next, "token", "forged")).statusCode()).isEqualTo(409);
		assertThat(learner.post(STUDY, next, "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
		assertThat(learner.post(STUDY, next, "Origin", "https://evil.example").statusCode()).isEqualTo(403);
		assertThat(learner.post("/en/cards/nothing-here/study", next).statusCode()).isEqualTo(404);

		assertThat(reviews(id)).isEqualTo(reviews);
		assertThat(schedule(id)).isEqualTo(schedule);
		assertThat(learner.post(STUDY, next).statusCode()).as("the genuine form still counts").isEqualTo(302);
	}

	@Test
	void learntCardsComeBackWhenDueAndATripBringsThemToTheEveOfDeparture() {
		Learner learner = new Learner(this.port);
		for (int round = 0; round < 2; round++) {
			for (int card = 0; card < 6; card++) {
				Document page = learner.page(STUDY);
				String prompt = page.selectFirst("h1").text();
				int n = Integer.parseInt(prompt.replaceAll("^Card (\\d).*", "$1"));
				learner.answer(STUDY, answerOf(n));
			}
		}
		Document done = learner.page(STUDY);
		assertThat(done.selectFirst("h1").text()).isEqualTo("All done for now");
		UUID id = learnerOf(learner);
		assertThat(this.jdbc.sql("select count(*) from learning_schedule where learner_id = ? and state = 'REVIEW'")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(6);

		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.study.zone());
		LocalDate departure = today.plusDays(2);
		for (String bad : List.of(today.toString(), today.minusDays(3).toString(), today.plusDays(400).toString(),
				"2026-13-45", "", "x".repeat(3000))) {
			HttpResponse<String> refused = learner.post("/en/cards/trial/trip", Map.of("departure", bad));
			assertThat(refused.statusCode()).as(bad).isEqualTo(400);
			assertThat(refused.body()).contains("between tomorrow and one year from now");
		}
		assertThat(this.study.trip(id, this.deck)).isEmpty();
		HttpResponse<String> set = learner.post("/en/cards/trial/trip", Map.of("departure", departure.toString()));
		assertThat(set.statusCode()).isEqualTo(302);
		Document deckPage = learner.page(location(set));
		assertThat(deckPage.select("[role=status]").text()).contains("departure date is saved");
		assertThat(deckPage.selectFirst("[data-trip]").text()).startsWith("Departure on");
		java.sql.Timestamp eve = java.sql.Timestamp
			.from(departure.minusDays(1).atTime(6, 0).atZone(this.study.zone()).toInstant());
		assertThat(this.jdbc.sql("select max(due_at) from learning_schedule where learner_id = ?")
			.param(id)
			.query(java.sql.Timestamp.class)
			.single()).as("no learnt card is due after the eve of departure").isBeforeOrEqualTo(eve);

		this.clock.set(eve.toInstant().plus(Duration.ofMinutes(1)));
		Document due = learner.page(STUDY);
		assertThat(due.select("form.study-card__options")).as("cards are due on the eve").isNotEmpty();
	}

	private static int answerOf(int card) {
		return switch (card) {
			case 3, 6 -> 2;
			default -> 1;
		};
	}

	private UUID learnerOf(Learner learner) {
		return this.learners.byDeviceKey(learner.deviceCookie().orElseThrow().getValue()).orElseThrow();
	}

	private long reviews(UUID learner) {
		return this.jdbc.sql("select count(*) from learning_review where learner_id = ?")
			.param(learner)
			.query(Long.class)
			.single();
	}

	private String schedule(UUID learner) {
		return this.jdbc.sql(
				"select card_id, state, step, stability, due_at, reps from learning_schedule where learner_id = ? order by card_id")
			.param(learner)
			.query()
			.listOfRows()
			.toString();
	}

	private static Map<String, String> with(Map<String, String> form, String name, String value) {
		Map<String, String> copy = new java.util.LinkedHashMap<>(form);
		copy.put(name, value);
		return copy;
	}

	private static String location(HttpResponse<String> response) {
		return java.net.URI.create(response.headers().firstValue("location").orElseThrow()).getRawPath()
				+ java.util.Optional
					.ofNullable(
							java.net.URI.create(response.headers().firstValue("location").orElseThrow()).getRawQuery())
					.map((query) -> "?" + query)
					.orElse("");
	}

}
