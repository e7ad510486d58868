package org.vigie.learning.authoring;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.vigie.HtmlChecker;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.identity.Role;
import org.vigie.learning.LearningTest;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.decks.StudyCard;
import org.vigie.learning.study.Question;
import org.vigie.learning.study.Study;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics and calibration pages show the figures of the reviews learners made:
 * answers given through {@link Study} and reviews written to the log with known predicted
 * recalls. Cards most often wrong come first, no learner is named, first answers are left
 * out of the calibration, and the retention achieved on learnt cards is set against the
 * deck's target.
 */
@LearningTest
class CardFiguresTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private TestClock clock;

	@Autowired
	private DeckStore decks;

	@Autowired
	private Study study;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void statisticsAndCalibrationShowTheReviewsFigures() {
		String key = AuthoringFixtures.key("figures");
		UUID id = this.decks.save(AuthoringFixtures.deck(key, 3), Instant.now());
		Deck deck = this.decks.deck(id).orElseThrow();
		List<StudyCard> cards = this.decks.cards(id);
		// Three learners answer the first card, two of them wrong; the first then gets
		// the second card right.
		List<UUID> learners = new ArrayList<>();
		for (int choice : new int[] { 0, 1, 0 }) {
			Question first = this.study.next(null, deck, this.clock.instant()).orElseThrow();
			learners.add(this.study
				.answer(null, Language.EN, deck, first.card().id(), choice, first.token(), this.clock.instant())
				.learner());
		}
		Question second = this.study.next(learners.get(0), deck, this.clock.instant()).orElseThrow();
		assertThat(second.card().key()).isEqualTo("k2");
		this.study.answer(learners.get(0), Language.EN, deck, second.card().id(), 1, second.token(),
				this.clock.instant());
		// The third card's log, with the recall predicted when it was shown.
		UUID third = cards.get(2).id();
		UUID learner = learners.get(1);
		Instant day = this.clock.instant().minus(Duration.ofDays(1));
		review(learner, third, id, "NEW", 1, null, day);
		review(learner, third, id, "REVIEW", 3, 0.91, day);
		review(learner, third, id, "REVIEW", 3, 0.93, day);
		review(learner, third, id, "REVIEW", 3, 0.92, day);
		review(learner, third, id, "REVIEW", 1, 0.92, this.clock.instant().minus(Duration.ofDays(40)));
		review(learner, third, id, "RELEARNING", 3, 0.60, day);
		review(learner, third, id, "RELEARNING", 1, 0.65, day);

		StaffBrowser trainer = Trainers.signIn(this.context, Role.TRAINER).browser();
		Document list = Jsoup.parse(trainer.get("/admin/cards").body());
		assertThat(list.select("[data-deck=" + key + "] [data-answers]").text()).isEqualTo("10");

		String statisticsPath = "/admin/cards/" + id + "/statistics";
		String statisticsHtml = trainer.get(statisticsPath).body();
		Document statistics = Jsoup.parse(statisticsHtml);
		assertThat(statistics.select("tr[data-card]").eachAttr("data-card")).containsExactly("k1", "k3", "k2");
		assertThat(row(statistics, "k1")).containsExactly("3", "67 % (2)", "67 % (2)", "0");
		assertThat(row(statistics, "k3")).containsExactly("7", "43 % (3)", "100 % (1)", "1");
		assertThat(row(statistics, "k2")).containsExactly("1", "0 % (0)", "0 % (0)", "0");
		assertThat(statistics.select("tr[data-card=k1] th").text()).contains("Question 1 (en)");
		for (UUID one : learners) {
			assertThat(statisticsHtml).doesNotContain(one.toString());
		}

		String calibrationPath = "/admin/cards/" + id + "/calibration";
		Document calibration = Jsoup.parse(trainer.get(calibrationPath).body());
		assertThat(calibration.select("tr[data-bin]")).hasSize(7);
		assertThat(bin(calibration, "0.50")).containsExactly("2", "62.5 %", "50.0 %");
		assertThat(bin(calibration, "0.90")).containsExactly("4", "92.0 %", "75.0 %");
		assertThat(bin(calibration, "0.00")).containsExactly("0", "–", "–");
		assertThat(calibration.select("tr[data-deck=" + id + "] [data-target]").text()).isEqualTo("90 %");
		assertThat(calibration.select("tr[data-deck=" + id + "] [data-reviews]").text()).isEqualTo("4");
		assertThat(calibration.select("tr[data-deck=" + id + "] [data-achieved]").text()).isEqualTo("75.0 %");
		assertThat(calibration.select("svg rect.bar-actual")).hasSize(7);
		assertThat(calibration.select("svg rect.bar-actual").get(5).attr("width")).isEqualTo("225");

		Document all = Jsoup.parse(trainer.get("/admin/cards/calibration").body());
		assertThat(all.select("tr[data-deck=" + id + "] [data-achieved]").text()).isEqualTo("75.0 %");
		List<String> invalid = new ArrayList<>();
		for (String path : List.of(statisticsPath, calibrationPath, "/admin/cards/calibration")) {
			invalid.addAll(DeckAuthoringJourneyTest.valid(trainer, path));
		}
		assertThat(invalid).isEmpty();
	}

	@Test
	void reviewsAnsweredThroughStudyAreBinnedByTheirPredictedRecall() {
		String key = AuthoringFixtures.key("recall");
		UUID id = this.decks.save(AuthoringFixtures.deck(key, 1), Instant.now());
		Deck deck = this.decks.deck(id).orElseThrow();
		Question first = this.study.next(null, deck, this.clock.instant()).orElseThrow();
		UUID learner = this.study
			.answer(null, Language.EN, deck, first.card().id(), 1, first.token(), this.clock.instant())
			.learner();
		// A day later the card being learnt is answered right again, and graduates; a
		// month later it is answered wrong: a lapse.
		this.clock.advance(Duration.ofDays(1));
		answer(learner, deck, 1);
		this.clock.advance(Duration.ofDays(40));
		answer(learner, deck, 0);
		List<Double> predicted = this.jdbc
			.sql("select predicted_recall from learning_review where deck_id = ? order by reviewed_at")
			.param(id)
			.query(Double.class)
			.list();
		assertThat(predicted).hasSize(3);
		assertThat(predicted.get(0)).isNull();
		StaffBrowser trainer = Trainers.signIn(this.context, Role.TRAINER).browser();
		Document calibration = Jsoup.parse(trainer.get("/admin/cards/" + id + "/calibration").body());
		long shown = calibration.select("tr[data-bin] [data-reviews]")
			.eachText()
			.stream()
			.mapToLong(Long::parseLong)
			.sum();
		assertThat(shown).as("first answers are left out").isEqualTo(2);
		assertThat(calibration.select("tr[data-deck=" + id + "] [data-reviews]").text()).isEqualTo("1");
		assertThat(calibration.select("tr[data-deck=" + id + "] [data-achieved]").text()).isEqualTo("0.0 %");
		Document statistics = Jsoup.parse(trainer.get("/admin/cards/" + id + "/statistics").body());
		assertThat(row(statistics, "k1")).containsExactly("3", "33 % (1)", "0 % (0)", "1");
	}

	private void answer(UUID learner, Deck deck, int choice) {
		Question due = this.study.next(learner, deck, this.clock.instant()).orElseThrow();
		this.study.answer(learner, Language.EN, deck, due.card().id(), choice, due.token(), this.clock.instant());
	}

	private static List<String> row(Document page, String card) {
		Element row = page.selectFirst("tr[data-card=" + card + "]");
		return row.select("td").eachText();
	}

	private static List<String> bin(Document page, String from) {
		Element row = page.selectFirst("tr[data-bin=" + from + "]");
		return row.select("td").eachText();
	}

	private void review(UUID learner, UUID card, UUID deck, String stateBefore, int rating, Double predicted,
			Instant at) {
		Timestamp time = Timestamp.from(at);
		this.jdbc.sql("""
				insert into learning_review (id, learner_id, card_id, deck_id, reviewed_at, recorded_at, rating,
					chosen_option, elapsed_days, predicted_recall, state_before, step_before, stability_before,
					difficulty_before, due_before, state_after, step_after, stability_after, difficulty_after,
					due_after, client_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, 3, ?, ?, 0, 3.0, 5.0, ?, 'REVIEW', 0, 4.0, 5.0, ?, null)""")
			.params(UUID.randomUUID(), learner, card, deck, time, time, rating, (rating == 3) ? 1 : 0, predicted,
					stateBefore, time, time)
			.update();
	}

}
