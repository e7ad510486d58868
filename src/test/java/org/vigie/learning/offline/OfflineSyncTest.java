package org.vigie.learning.offline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.TestClock;
import org.vigie.learning.Learner;
import org.vigie.learning.LearningFixtures;
import org.vigie.learning.LearningTest;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckFile;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.decks.StudyCard;
import org.vigie.learning.learners.Learners;
import org.vigie.learning.study.Study;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers given offline come back through {@code POST /en/cards/sync}: each is applied
 * once and in order; impossible, foreign, early or malformed ones are refused with their
 * reason, and a request that is not the app's, too large or not JSON is refused whole.
 * Every test checks the learner's schedule rows and reviews, not only the status.
 */
@LearningTest
class OfflineSyncTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

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

	private List<StudyCard> cards;

	private OfflineDevice device;

	private UUID learner;

	private Instant now;

	@BeforeEach
	void aLearnerAnsweredOneCardOnline() {
		this.deck = LearningFixtures.trialDeck(this.decks);
		this.cards = this.decks.cards(this.deck.id());
		this.now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		this.clock.set(this.now);
		Learner online = new Learner(this.port);
		assertThat(online.answer("/en/cards/trial/study", 1).statusCode()).isEqualTo(302);
		this.device = new OfflineDevice(this.port, online);
		this.learner = this.learners.byDeviceKey(online.deviceCookie().orElseThrow().getValue()).orElseThrow();
	}

	/**
	 * The decks made here leave the shared database, so that other tests' lists are as
	 * they expect.
	 */
	@AfterEach
	void forgetDecksMadeHere() {
		for (String key : List.of("offline-other", "offline-large")) {
			this.decks.byKey(key).ifPresent((made) -> {
				this.jdbc.sql("delete from learning_deck where id = ?").param(made.id()).update();
				this.decks.forget(made.id());
			});
		}
	}

	@Test
	void appliesABatchOnceInTheOrderGiven() {
		String idOne = OfflineDevice.id();
		String idTwo = OfflineDevice.id();
		String batch = OfflineDevice.batch(
				OfflineDevice.answer(idOne, "trial", card(1), 1, this.now.minus(Duration.ofMinutes(3))),
				OfflineDevice.answer(idTwo, "trial", card(2), 0, this.now.minus(Duration.ofMinutes(2))));
		HttpResponse<String> first = this.device.send(batch);
		assertThat(first.statusCode()).isEqualTo(200);
		JsonNode report = JSON.readTree(first.body());
		assertThat(report.get("applied").asInt()).isEqualTo(2);
		assertThat(report.get("results").get(0).get("right").asBoolean()).isTrue();
		assertThat(report.get("results").get(1).get("right").asBoolean()).isFalse();
		OfflineDevice.Snapshot after = snapshot();
		assertThat(after.reviews()).isEqualTo(3);
		assertThat(after.schedules()).hasSize(3);
		assertThat(this.jdbc.sql("select count(*) from learning_review where learner_id = ? and client_id is not null")
			.param(this.learner)
			.query(Long.class)
			.single()).isEqualTo(2);

		this.clock.advance(Duration.ofMinutes(1));
		HttpResponse<String> again = this.device.send(batch);
		assertThat(again.statusCode()).isEqualTo(200);
		JsonNode second = JSON.readTree(again.body());
		assertThat(second.get("applied").asInt()).isZero();
		assertThat(second.get("alreadyApplied").asInt()).isEqualTo(2);
		assertThat(snapshot()).isEqualTo(after);

		// The same ids in capitals are the same answers, reported under the ids as sent.
		String shouted = batch.replace(idOne, idOne.toUpperCase()).replace(idTwo, idTwo.toUpperCase());
		JsonNode third = sync(shouted);
		assertThat(third.get("alreadyApplied").asInt()).isEqualTo(2);
		assertThat(third.get("results").get(0).get("id").asString()).isEqualTo(idOne.toUpperCase());
		assertThat(snapshot()).isEqualTo(after);
	}

	@Test
	void refusesAnswersSentOutOfOrder() {
		OfflineDevice.Snapshot before = snapshot();
		JsonNode report = sync(OfflineDevice.batch(answer(1, 1, 1), answer(2, 2, 5)));
		assertThat(statuses(report)).containsExactly("applied", "refused");
		assertThat(report.get("results").get(1).get("reason").asString()).isEqualTo("OUT_OF_ORDER");
		assertThat(report.get("results").get(1).get("message").asString()).contains("before");
		assertThat(snapshot().reviews()).isEqualTo(before.reviews() + 1);
		assertThat(snapshot().schedules()).hasSize(2);

		// The card answered online just now cannot have been answered offline before
		// that.
		JsonNode earlier = sync(OfflineDevice.batch(answer(0, 1, 10)));
		assertThat(earlier.get("results").get(0).get("reason").asString()).isEqualTo("BAD_TIME");
		assertThat(snapshot().reviews()).isEqualTo(before.reviews() + 1);
	}

	@Test
	void refusesImpossibleTimes() {
		OfflineDevice.Snapshot before = snapshot();
		JsonNode report = sync(OfflineDevice.batch(
				OfflineDevice.answer(OfflineDevice.id(), "trial", card(1), 1, this.now.plus(Duration.ofHours(1))),
				OfflineDevice.answer(OfflineDevice.id(), "trial", card(2), 2, this.now.minus(Duration.ofDays(100))),
				"{\"id\":\"" + OfflineDevice.id() + "\",\"deck\":\"trial\",\"card\":\"" + card(3)
						+ "\",\"choice\":2,\"answeredAt\":\"yesterday\"}"));
		assertThat(statuses(report)).containsExactly("refused", "refused", "refused");
		assertThat(reasons(report)).containsExactly("BAD_TIME", "BAD_TIME", "BAD_TIME");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void refusesMalformedIdsForeignCardsAndImpossibleChoices() throws IOException {
		UUID foreign = this.decks.cards(otherDeck().id()).get(1).id();
		OfflineDevice.Snapshot before = snapshot();
		JsonNode report = sync(
				OfflineDevice.batch(OfflineDevice.answer("not-a-uuid", "trial", card(1), 1, this.now.minusSeconds(50)),
						OfflineDevice.answer("<script>" + "x".repeat(500), "trial", card(1), 1,
								this.now.minusSeconds(49)),
						OfflineDevice.answer(OfflineDevice.id(), "trial", foreign, 1, this.now.minusSeconds(48)),
						OfflineDevice.answer(OfflineDevice.id(), "no-such-deck", card(1), 1, this.now.minusSeconds(47)),
						"{\"id\":\"" + OfflineDevice.id() + "\",\"deck\":\"trial\",\"card\":\"c2\",\"choice\":1,"
								+ "\"answeredAt\":\"" + this.now.minusSeconds(46) + "\"}",
						OfflineDevice.answer(OfflineDevice.id(), "trial", card(1), 7, this.now.minusSeconds(45)),
						OfflineDevice.answer(OfflineDevice.id(), "trial", card(1), -1, this.now.minusSeconds(44))));
		assertThat(reasons(report)).containsExactly("BAD_ID", "BAD_ID", "NOT_IN_DECK", "NOT_IN_DECK", "NOT_IN_DECK",
				"BAD_CHOICE", "BAD_CHOICE");
		assertThat(report.get("results").get(1).get("id").asString()).hasSizeLessThanOrEqualTo(40);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void refusesACardThatIsNotDue() {
		// Learnt offline in two steps ten minutes apart, the card is then due in days.
		JsonNode learnt = sync(OfflineDevice.batch(answer(1, 1, 15), answer(1, 1, 3)));
		assertThat(statuses(learnt)).containsExactly("applied", "applied");
		OfflineDevice.Snapshot before = snapshot();
		assertThat(before.schedules()).anyMatch((row) -> row.startsWith(card(1) + " REVIEW"));
		JsonNode early = sync(OfflineDevice.batch(answer(1, 1, 0)));
		assertThat(reasons(early)).containsExactly("NOT_DUE");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void refusesRequestsThatAreNotTheAppsWithoutChangingAnything() {
		OfflineDevice.Snapshot before = snapshot();
		String batch = OfflineDevice.batch(answer(1, 1, 1));
		assertProblem(this.device.send(batch, "Content-Type", "application/json", "Sec-Fetch-Site", "same-origin"), 403,
				"notTheApp");
		assertProblem(this.device.send(batch, "Content-Type", "application/json", "X-Vigie-Sync", "1", "Sec-Fetch-Site",
				"cross-site"), 403, "notTheApp");
		assertProblem(this.device.send(batch, "Content-Type", "text/plain", "X-Vigie-Sync", "1", "Sec-Fetch-Site",
				"same-origin"), 415, "notJson");
		assertProblem(new OfflineDevice(this.port, new Learner(this.port)).send(batch), 401, "noLearner");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void refusesBrokenOversizedAndLooseJsonWithoutChangingAnything() {
		OfflineDevice.Snapshot before = snapshot();
		String good = answer(1, 1, 1);
		assertProblem(this.device.send("{\"answers\":[" + good), 400, "malformed");
		assertProblem(this.device.send("not json at all"), 400, "malformed");
		assertProblem(this.device.send("[" + good + "]"), 400, "malformed");
		assertProblem(this.device.send(OfflineDevice.batch(good) + " {}"), 400, "malformed");
		assertProblem(this.device.send("{\"answers\":[" + good + "],\"extra\":1}"), 400, "malformed");
		assertProblem(this.device.send(OfflineDevice.batch(good.replace("\"choice\":1", "\"choice\":1,\"score\":9"))),
				400, "malformed");
		assertProblem(this.device.send(OfflineDevice.batch(good.replace("\"choice\":1", "\"choice\":\"1\""))), 400,
				"malformed");
		assertProblem(this.device.send(OfflineDevice.batch(good.replace("\"choice\":1", "\"choice\":1.5"))), 400,
				"malformed");
		assertProblem(this.device.send(OfflineDevice.batch(good.replace("\"choice\":1", "\"choice\":1,\"choice\":2"))),
				400, "malformed");
		assertProblem(this.device.send("{\"answers\":null}"), 400, "malformed");
		assertProblem(this.device.send("{\"answers\":[null]}"), 400, "malformed");
		assertProblem(this.device.send("{}"), 400, "malformed");
		assertProblem(this.device.send(""), 400, "malformed");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void refusesTooManyAnswersAndTooLargeBodies() {
		OfflineDevice.Snapshot before = snapshot();
		List<String> many = new ArrayList<>();
		for (int i = 0; i < SyncReader.MAX_ANSWERS + 1; i++) {
			many.add("{\"id\":\"" + OfflineDevice.id() + "\",\"deck\":\"t\",\"card\":\"c\",\"choice\":0,"
					+ "\"answeredAt\":\"x\"}");
		}
		String justOver = OfflineDevice.batch(many);
		assertThat(justOver.length()).isLessThan(SyncReader.MAX_BYTES);
		assertProblem(this.device.send(justOver), 413, "tooMany");
		List<String> tenThousand = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			tenThousand.add(answer(1, 1, 1));
		}
		assertProblem(this.device.send(OfflineDevice.batch(tenThousand)), 413, "tooLarge");
		byte[] fiveMegabytes = ("{\"answers\":[\"" + "x".repeat(5 * 1024 * 1024) + "\"]}")
			.getBytes(StandardCharsets.UTF_8);
		assertProblem(this.device.send(HttpRequest.BodyPublishers.ofByteArray(fiveMegabytes)), 413, "tooLarge");
		// A body that does not say its length is counted as it is read.
		assertProblem(
				this.device
					.send(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(fiveMegabytes))),
				413, "tooLarge");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void appliesAFullBatchOfFiveHundredAnswersOverTwentyFiveDays() {
		Deck large = largeDeck();
		List<StudyCard> largeCards = this.decks.cards(large.id());
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < SyncReader.MAX_ANSWERS; i++) {
			// Twenty new cards a day, the most a learner may start.
			Instant at = this.now.minus(Duration.ofDays(26 - i / Study.NEW_CARDS_PER_DAY)).plusSeconds(i % 20);
			answers.add(OfflineDevice.answer(OfflineDevice.id(), "offline-large", largeCards.get(i).id(), 0, at));
		}
		String batch = OfflineDevice.batch(answers);
		assertThat(batch.length()).isLessThan(SyncReader.MAX_BYTES);
		long started = System.nanoTime();
		JsonNode report = sync(batch);
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(report.get("applied").asInt()).as(report.toString()).isEqualTo(SyncReader.MAX_ANSWERS);
		assertThat(snapshot().reviews()).isEqualTo(1 + SyncReader.MAX_ANSWERS);
		assertThat(millis).as("500 answers applied in %d ms", millis).isLessThan(30_000);
		System.out.println("Offline sync: 500 answers applied in " + millis + " ms");
	}

	private Deck largeDeck() {
		return this.decks.byKey("offline-large").orElseGet(() -> {
			StringBuilder yaml = new StringBuilder("""
					key: offline-large
					audience: PUBLIC
					retention: 0.90
					position: 99
					texts:
					  fr: { title: "Grand jeu", slug: "grand-hors-ligne", summary: "Cinq cents cartes." }
					  nl: { title: "Grote set", slug: "groot-offline", summary: "Vijfhonderd kaarten." }
					  en: { title: "Large deck", slug: "offline-large", summary: "Five hundred cards." }
					cards:
					""");
			for (int i = 0; i < 500; i++) {
				yaml.append("  - key: k")
					.append(i)
					.append("\n    kind: TRUE_FALSE\n    answer: 0\n    report: false\n");
				for (String language : List.of("fr", "nl", "en")) {
					yaml.append("    ")
						.append(language)
						.append(": { prompt: \"P")
						.append(i)
						.append("\", explanation: \"E.\", reflex: \"R.\" }\n");
				}
			}
			try {
				this.decks.save(
						DeckFile.read(new ByteArrayInputStream(yaml.toString().getBytes(StandardCharsets.UTF_8))),
						Instant.now());
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			return this.decks.byKey("offline-large").orElseThrow();
		});
	}

	private void assertProblem(HttpResponse<String> response, int status, String error) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("error").asString()).isEqualTo(error);
		assertThat(problem.get("message").asString()).isNotBlank();
	}

	private JsonNode sync(String batch) {
		HttpResponse<String> response = this.device.send(batch);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	/** An answer to the trial deck's card {@code index} given {@code minutesAgo}. */
	private String answer(int index, int choice, int minutesAgo) {
		return OfflineDevice.answer(OfflineDevice.id(), "trial", card(index), choice,
				this.now.minus(Duration.ofMinutes(minutesAgo)));
	}

	private UUID card(int index) {
		return this.cards.get(index).id();
	}

	private OfflineDevice.Snapshot snapshot() {
		return OfflineDevice.snapshot(this.jdbc, this.learner);
	}

	private static List<String> statuses(JsonNode report) {
		List<String> statuses = new ArrayList<>();
		report.get("results").forEach((result) -> statuses.add(result.get("status").asString()));
		return statuses;
	}

	private static List<String> reasons(JsonNode report) {
		List<String> reasons = new ArrayList<>();
		report.get("results").forEach((result) -> reasons.add(result.get("reason").asString()));
		return reasons;
	}

	/** A second deck, whose cards must not be answerable through the trial deck. */
	private Deck otherDeck() throws IOException {
		return this.decks.byKey("offline-other").orElseGet(() -> {
			try (InputStream in = getClass().getResourceAsStream("/learning/test-deck.yaml")) {
				String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8)
					.replace("key: test-deck", "key: offline-other")
					.replace("slug: \"essai\"", "slug: \"essai-autre\"")
					.replace("slug: \"proef\"", "slug: \"proef-ander\"")
					.replace("slug: \"trial\"", "slug: \"trial-other\"");
				this.decks.save(DeckFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))),
						Instant.now());
				return this.decks.byKey("offline-other").orElseThrow();
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
	}

}
