package org.vigie.learning;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigie.DatabaseTest;
import org.vigie.TestClock;
import org.vigie.identity.keys.TinkServerKeys;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckFile;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.learners.Learners;
import org.vigie.learning.study.Progress;
import org.vigie.learning.study.Question;
import org.vigie.learning.study.ReviewLog;
import org.vigie.learning.study.Schedules;
import org.vigie.learning.study.Study;
import org.vigie.learning.study.StudyRefused;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The cards' SQL on each database (H2, and PostgreSQL in its run): a deck stored, a
 * learner's first answers, due cards, a replayed answer, a trip date, the progress.
 */
@DatabaseTest
@Import({ DeckStore.class, Learners.class, Schedules.class, ReviewLog.class, Study.class, Progress.class,
		TinkServerKeys.class, LearningStoreTests.Parts.class })
@org.springframework.context.annotation.ComponentScan(basePackageClasses = Study.class, useDefaultFilters = false,
		includeFilters = @org.springframework.context.annotation.ComponentScan.Filter(
				type = org.springframework.context.annotation.FilterType.REGEX, pattern = ".*ReviewTokens"))
class LearningStoreTests {

	@Autowired
	DeckStore decks;

	@Autowired
	Study study;

	@Autowired
	Progress progress;

	@Autowired
	Learners learners;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Evictions evictions;

	@Test
	void aLearnersDeckFromFirstAnswerToTrip() throws Exception {
		Deck deck;
		try (InputStream in = getClass().getResourceAsStream("/learning/test-deck.yaml")) {
			this.decks.save(DeckFile.read(in), this.clock.instant());
		}
		deck = this.decks.byKey("test-deck").orElseThrow();
		assertThat(this.evictions.tags).as("the sitemaps list the decks").contains("sitemap");
		assertThat(this.decks.publishedBySlug(Language.NL, "proef")).isPresent();

		Question first = this.study.next(null, deck, this.clock.instant()).orElseThrow();
		Study.Outcome outcome = this.study.answer(null, Language.FR, deck, first.card().id(), 1, first.token(),
				this.clock.instant());
		UUID learner = outcome.learner();
		assertThat(this.learners.byDeviceKey(outcome.newDeviceKey())).contains(learner);
		assertThatExceptionOfType(StudyRefused.class).isThrownBy(() -> this.study.answer(learner, Language.FR, deck,
				first.card().id(), 1, first.token(), this.clock.instant()));

		for (int i = 0; i < 11; i++) {
			Question next = this.study.next(learner, deck, this.clock.instant()).orElseThrow();
			this.study.answer(learner, Language.FR, deck, next.card().id(), next.card().answer(), next.token(),
					this.clock.instant());
			this.clock.advance(Duration.ofSeconds(30));
		}
		assertThat(this.study.next(learner, deck, this.clock.instant())).isEmpty();
		Progress.DeckProgress progress = this.progress.of(learner, deck, this.clock.instant(), this.clock.instant());
		assertThat(progress.seen()).isEqualTo(6);
		assertThat(progress.known()).isEqualTo(6);
		assertThat(progress.mastered()).isTrue();

		LocalDate departure = LocalDate.ofInstant(this.clock.instant(), this.study.zone()).plusDays(2);
		this.study.setTrip(learner, deck, departure, this.clock.instant());
		assertThat(this.study.trip(learner, deck)).hasValueSatisfying((trip) -> {
			assertThat(trip.departure()).isEqualTo(departure);
			assertThat(this.jdbc.sql("select max(due_at) from learning_schedule where learner_id = ?")
				.param(learner)
				.query(java.sql.Timestamp.class)
				.single()
				.toInstant()).isBeforeOrEqualTo(trip.booster());
		});
		this.clock.set(this.study.trip(learner, deck).orElseThrow().booster().plusSeconds(60));
		assertThat(this.study.next(learner, deck, this.clock.instant())).isPresent();
		this.learners.forget(learner);
		assertThat(this.jdbc.sql("select count(*) from learning_review where learner_id = ?")
			.param(learner)
			.query(Long.class)
			.single()).isZero();
	}

	/** Records the tags evicted, in place of the site's page cache this slice lacks. */
	static class Evictions implements org.vigie.site.PageCache {

		final java.util.List<String> tags = new java.util.concurrent.CopyOnWriteArrayList<>();

		@Override
		public void evictAll() {
			this.tags.add("*");
		}

		@Override
		public void evictTagged(String... tags) {
			this.tags.addAll(java.util.List.of(tags));
		}

		@Override
		public void evictAllAt(Instant moment) {
			this.tags.add("at " + moment);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Parts {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock(Instant.now());
		}

		@Bean
		JdbcClient jdbcClient(javax.sql.DataSource dataSource) {
			return JdbcClient.create(dataSource);
		}

		/** The page cache as the store sees it: which tags it evicted. */
		@Bean
		Evictions pageCache() {
			return new Evictions();
		}

		@Bean
		SiteProperties siteProperties() {
			return new SiteProperties(null, "Vigie", Language.FR, 0, null);
		}

	}

}
