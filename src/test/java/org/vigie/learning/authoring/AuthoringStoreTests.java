package org.vigie.learning.authoring;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.DatabaseTest;
import org.vigie.TestClock;
import org.vigie.identity.Permission;
import org.vigie.identity.StaffIdentity;
import org.vigie.identity.keys.TinkServerKeys;
import org.vigie.learning.LearningDatabaseParts;
import org.vigie.learning.LearningRows;
import org.vigie.learning.decks.CardDefinition;
import org.vigie.learning.decks.CardText;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.decks.StudyCard;
import org.vigie.learning.learners.Learners;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * The authoring SQL on each database (H2, and PostgreSQL in its run): the answers and
 * wrong answers counted per card and per deck, the calibration's bins and the retention
 * achieved, the deck row locked for each change, and when each translation changed.
 */
@DatabaseTest
@Import({ DeckStore.class, Learners.class, CardStatistics.class, RecallCalibration.class, CardTranslations.class,
		DeckEditing.class, TinkServerKeys.class, LearningDatabaseParts.class })
class AuthoringStoreTests {

	@Autowired
	DeckStore decks;

	@Autowired
	Learners learners;

	@Autowired
	CardStatistics statistics;

	@Autowired
	RecallCalibration calibration;

	@Autowired
	CardTranslations translations;

	@Autowired
	DeckEditing editing;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	/** Each test's rows are rolled back: the store must not keep the decks of another. */
	@BeforeEach
	void forgetKeptDecks() {
		this.decks.all().forEach((deck) -> this.decks.forget(deck.id()));
	}

	@Test
	void answersWrongAnswersAndLapsesAreCountedPerCard() {
		Instant now = this.clock.instant();
		Deck deck = stored("figures", 3);
		Deck other = stored("figures-other", 1);
		List<StudyCard> cards = this.decks.cards(deck.id());
		UUID learner = this.learners.create(Language.FR, now).id();
		UUID second = this.learners.create(Language.FR, now).id();
		LearningRows rows = new LearningRows(this.jdbc);
		Instant earlier = now.minus(Duration.ofDays(10));
		rows.review(learner, deck.id(), cards.get(0).id(), earlier, "NEW", null, 1);
		rows.review(learner, deck.id(), cards.get(0).id(), now.minusSeconds(300), "LEARNING", 0.9, 3);
		rows.review(learner, deck.id(), cards.get(0).id(), now.minusSeconds(200), "REVIEW", 0.92, 1);
		rows.review(second, deck.id(), cards.get(0).id(), now.minusSeconds(100), "NEW", null, 3);
		rows.review(learner, deck.id(), cards.get(1).id(), now.minusSeconds(50), "NEW", null, 3);
		rows.review(learner, other.id(), this.decks.cards(other.id()).get(0).id(), now, "NEW", null, 1);

		Map<UUID, Long> since = this.statistics.answersSince(now.minus(Duration.ofDays(1)));
		assertThat(since).containsEntry(deck.id(), 4L).containsEntry(other.id(), 1L);
		assertThat(this.statistics.answersSince(now.minus(Duration.ofDays(11)))).containsEntry(deck.id(), 5L);

		List<CardStatistics.CardFigures> figures = this.statistics.of(deck.id(), cards, Language.EN);
		assertThat(figures).extracting(CardStatistics.CardFigures::key).containsExactly("k1", "k2", "k3");
		CardStatistics.CardFigures first = figures.get(0);
		assertThat(first.answers()).isEqualTo(4);
		assertThat(first.wrong()).isEqualTo(2);
		assertThat(first.firstAnswers()).isEqualTo(2);
		assertThat(first.firstWrong()).isEqualTo(1);
		assertThat(first.lapses()).isEqualTo(1);
		assertThat(first.prompt()).isEqualTo("Question 1 (en)");
		assertThat(figures.get(1).answers()).isEqualTo(1);
		assertThat(figures.get(1).wrongShare()).isZero();
		assertThat(figures.get(2).answers()).isZero();
		assertThat(figures.get(2).wrongShare()).isNull();
	}

	@Test
	void reviewsFallInTheBinOfTheirPredictedRecall() {
		Instant now = this.clock.instant();
		Deck deck = stored("calibration", 2);
		Deck other = stored("calibration-other", 1);
		UUID card = this.decks.cards(deck.id()).get(0).id();
		UUID learner = this.learners.create(Language.FR, now).id();
		LearningRows rows = new LearningRows(this.jdbc);
		rows.review(learner, deck.id(), card, now.minusSeconds(90), "NEW", null, 1);
		rows.review(learner, deck.id(), card, now.minusSeconds(80), "LEARNING", 0.3, 1);
		rows.review(learner, deck.id(), card, now.minusSeconds(70), "LEARNING", 0.5, 3);
		rows.review(learner, deck.id(), card, now.minusSeconds(60), "REVIEW", 0.75, 3);
		rows.review(learner, deck.id(), card, now.minusSeconds(50), "REVIEW", 0.96, 3);
		rows.review(learner, deck.id(), card, now.minusSeconds(40), "REVIEW", 1.0, 1);
		rows.review(learner, deck.id(), card, now.minusSeconds(30), "REVIEW", 0.98, 3);
		rows.review(learner, other.id(), this.decks.cards(other.id()).get(0).id(), now, "REVIEW", 0.86, 3);

		List<RecallCalibration.Bin> bins = this.calibration.bins(deck.id());
		assertThat(bins).hasSize(RecallCalibration.BOUNDS.length);
		assertThat(bins).extracting(RecallCalibration.Bin::reviews).containsExactly(1L, 1L, 1L, 0L, 0L, 0L, 3L);
		assertThat(bins).extracting(RecallCalibration.Bin::right).containsExactly(0L, 1L, 1L, 0L, 0L, 0L, 2L);
		assertThat(bins.get(1).from()).isEqualTo(0.5);
		assertThat(bins.get(6).meanPredicted()).isCloseTo((0.96 + 1.0 + 0.98) / 3, within(1e-9));
		assertThat(bins.get(6).actual()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(bins.get(3).actual()).isNull();
		List<RecallCalibration.Bin> all = this.calibration.bins(null);
		assertThat(all.get(4).reviews()).as("the other deck's review, in every deck's bins").isEqualTo(1);
		assertThat(all.stream().mapToLong(RecallCalibration.Bin::reviews).sum())
			.isEqualTo(this.jdbc.sql("select count(*) from learning_review where predicted_recall is not null")
				.query(Long.class)
				.single());

		Map<UUID, RecallCalibration.Retention> retention = this.calibration.retention();
		assertThat(retention.get(deck.id())).satisfies((achieved) -> {
			assertThat(achieved.reviews()).isEqualTo(4);
			assertThat(achieved.right()).isEqualTo(3);
			assertThat(achieved.meanPredicted()).isCloseTo((0.75 + 0.96 + 1.0 + 0.98) / 4, within(1e-9));
		});
		assertThat(retention.get(other.id()).achieved()).isEqualTo(1.0);
	}

	@Test
	void changesTakeTheDeckLockAndNoteWhichTranslationsLag() {
		Instant start = this.clock.instant();
		UUID deckId = this.editing.create(AuthoringFixtures.deck("locked", 2), author());
		Deck deck = this.decks.deck(deckId).orElseThrow();

		CardDefinition added = AuthoringFixtures.card("k3", "Third");
		UUID card = this.editing.saveCard(deck, added, true, author());
		assertThat(this.decks.cards(deckId)).extracting(StudyCard::key).containsExactly("k1", "k2", "k3");
		assertThat(this.translations.older(deckId)).as("a new card: every language at once").isEmpty();
		assertThat(this.jdbc.sql("select count(*) from learning_card_translation where card_id = ?")
			.param(card)
			.query(Long.class)
			.single()).isEqualTo(Language.all().size());

		this.clock.advance(Duration.ofMinutes(5));
		Map<Language, CardText> texts = new EnumMap<>(added.texts());
		CardText french = texts.get(Language.FR);
		texts.put(Language.FR,
				new CardText("Troisième, revue", french.options(), french.explanation(), french.reflex()));
		this.editing.saveCard(deck, new CardDefinition("k3", added.kind(), added.answer(), false, texts), false,
				author());
		assertThat(this.translations.older(deckId)).containsOnlyKeys(card);
		assertThat(this.translations.olderOf(deckId, card))
			.containsExactlyElementsOf(Language.all().stream().filter((language) -> language != Language.FR).toList());
		assertThat(this.jdbc.sql("select changed_at from learning_card_translation where card_id = ? and language = ?")
			.params(card, Language.FR.code())
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant()).isEqualTo(start.plus(Duration.ofMinutes(5)));

		StudyCard third = this.decks.cards(deckId).get(2);
		this.editing.move(deck, third, -1, author());
		assertThat(this.decks.cards(deckId)).extracting(StudyCard::key).containsExactly("k1", "k3", "k2");
		this.editing.retire(deck, this.decks.cards(deckId).get(0), author());
		assertThat(this.decks.cards(deckId)).extracting(StudyCard::key).containsExactly("k3", "k2");
		assertThat(this.decks.cards(deckId).get(0).text(Language.FR).prompt()).isEqualTo("Troisième, revue");
	}

	/**
	 * Another node holds the deck's row while it changes the deck: a trainer's change
	 * here waits for it, then builds on what that node wrote rather than on this node's
	 * copy. Committed for real, so that two connections meet; the deck is deleted after.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void aChangeWaitsForTheDeckLockAnotherNodeHoldsAndKeepsItsChange() throws Exception {
		String key = "lock-" + UUID.randomUUID().toString().substring(0, 8);
		UUID deckId = this.editing.create(AuthoringFixtures.deck(key, 2), author());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Deck deck = this.decks.deck(deckId).orElseThrow();
			CountDownLatch locked = new CountDownLatch(1);
			CountDownLatch release = new CountDownLatch(1);
			Future<?> otherNode = pool.submit(() -> this.transactions.execute((status) -> {
				this.jdbc.sql("select id from learning_deck where id = ? for update")
					.param(deckId)
					.query(UUID.class)
					.single();
				this.jdbc.sql("update learning_deck set position = 42 where id = ?").param(deckId).update();
				locked.countDown();
				try {
					release.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return null;
			}));
			assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
			Future<UUID> change = pool
				.submit(() -> this.editing.saveCard(deck, AuthoringFixtures.card("k3", "Third"), true, author()));
			assertThatExceptionOfType(TimeoutException.class).as("the change waits for the other node's lock")
				.isThrownBy(() -> change.get(500, TimeUnit.MILLISECONDS));
			release.countDown();
			otherNode.get(10, TimeUnit.SECONDS);
			change.get(10, TimeUnit.SECONDS);
			this.decks.forget(deckId);
			assertThat(this.decks.cards(deckId)).extracting(StudyCard::key).containsExactly("k1", "k2", "k3");
			assertThat(this.decks.deck(deckId).orElseThrow().position()).as("the other node's change, kept")
				.isEqualTo(42);
		}
		finally {
			pool.shutdownNow();
			this.jdbc.sql("delete from learning_deck where id = ?").param(deckId).update();
			this.decks.forget(deckId);
		}
	}

	private Deck stored(String key, int cards) {
		this.decks.save(AuthoringFixtures.deck(key, cards), this.clock.instant());
		return this.decks.byKey(key).orElseThrow();
	}

	private static StaffIdentity author() {
		return new StaffIdentity() {

			@Override
			public long id() {
				return 7;
			}

			@Override
			public String email() {
				return "author@example.org";
			}

			@Override
			public String displayName() {
				return "Author";
			}

			@Override
			public Language language() {
				return Language.EN;
			}

			@Override
			public boolean can(Permission permission) {
				return true;
			}

		};
	}

}
