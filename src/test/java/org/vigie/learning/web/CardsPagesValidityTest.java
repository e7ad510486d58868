package org.vigie.learning.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.HtmlChecker;
import org.vigie.TestClock;
import org.vigie.learning.Learner;
import org.vigie.learning.LearningFixtures;
import org.vigie.learning.LearningTest;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.study.Study;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page a learner meets is valid HTML in each language: the decks, a deck with and
 * without progress and a trip date, a question of each kind, right and wrong feedback,
 * the end of a session and a refused answer.
 */
@LearningTest
class CardsPagesValidityTest {

	@LocalServerPort
	int port;

	@Autowired
	DeckStore decks;

	@Autowired
	TestClock clock;

	@Autowired
	Study study;

	@Test
	void everyLearnerPageIsValidHtml() {
		LearningFixtures.trialDeck(this.decks);
		Learner learner = new Learner(this.port);
		List<String> errors = new ArrayList<>();
		for (String path : List.of("/fr/cartes", "/nl/kaarten", "/en/cards", "/en/cards/travellers",
				"/fr/cartes/voyageurs", "/nl/kaarten/reizigers/study", "/en/cards/trial")) {
			check(errors, path, learner.get(path));
		}
		String study = "/en/cards/trial/study";
		for (int card = 1; card <= 6; card++) {
			check(errors, "question " + card, learner.get(study));
			HttpResponse<String> answered = learner.answer(study, (card % 2 == 0) ? 0 : 1);
			check(errors, "feedback " + card, learner.get(answered.headers().firstValue("location").orElseThrow()));
		}
		LocalDate departure = LocalDate.ofInstant(this.clock.instant(), this.study.zone()).plusDays(5);
		learner.post("/en/cards/trial/trip", Map.of("departure", departure.toString()));
		check(errors, "deck with trip", learner.get("/en/cards/trial?trip=set"));
		check(errors, "refused", learner.post("/en/cards/trial/trip", Map.of("departure", "yesterday")));
		check(errors, "decks with progress", learner.get("/nl/kaarten"));
		assertThat(errors).isEmpty();
	}

	private static void check(List<String> errors, String label, HttpResponse<String> response) {
		assertThat(response.body()).as(label).contains("<main");
		errors.addAll(HtmlChecker.check(label, response.body()).errors());
	}

}
