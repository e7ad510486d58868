package org.vigie.advocacy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.DatabaseTest;
import org.vigie.TestClock;
import org.vigie.advocacy.tracker.Assessment;
import org.vigie.advocacy.tracker.AssessmentDraft;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.Matrix;
import org.vigie.advocacy.tracker.Provision;
import org.vigie.advocacy.tracker.SourceKind;
import org.vigie.advocacy.tracker.Status;
import org.vigie.advocacy.tracker.Theme;
import org.vigie.advocacy.tracker.TrackerProblem;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.advocacy.web.AdvocacyCache;
import org.vigie.learning.LearningDatabaseParts;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tracker's SQL on each database (H2, and PostgreSQL in its run): the matrix as of a
 * day with both timelines (a later status, a correction that leaves earlier days as they
 * were published), the carry-over of unchanged articles into a recast, and the refusals
 * that write nothing.
 */
@DatabaseTest
@Import({ TrackerStore.class, AdvocacyCache.class, LearningDatabaseParts.class })
class TrackerStoreTests {

	private static final Assessment.Source GAZETTE = new Assessment.Source(SourceKind.OFFICIAL_JOURNAL,
			"https://www.ejustice.just.fgov.be/example", "Moniteur belge, example");

	@Autowired
	private TrackerStore tracker;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	private Instrument instrument;

	private Provision grooming;

	@BeforeEach
	void instrument() {
		String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = this.tracker.addInstrument(code, "32011L0093", null, LocalDate.of(2011, 12, 13),
				LocalDate.of(2013, 12, 18), null, texts("Directive"), texts("Dir."), false, this.clock.instant());
		this.instrument = this.tracker.instrument(id).orElseThrow();
		UUID provision = this.tracker.addProvision(id, "6", Theme.GROOMING, 10, texts("Grooming"), null, false);
		this.grooming = this.tracker.provision(provision).orElseThrow();
	}

	@Test
	void theMatrixHasEveryStateAndShowsWhatWasTrueAndPublishedOnTheDayAsked() {
		Instant recorded2016 = Instant.parse("2016-05-02T09:00:00Z");
		this.tracker.record(draft("BE", Status.PARTLY, LocalDate.of(2016, 5, 1)), "staff@example.org", recorded2016);
		Instant recorded2020 = Instant.parse("2020-01-15T09:00:00Z");
		Assessment later = this.tracker.record(draft("BE", Status.TRANSPOSED, LocalDate.of(2020, 1, 10)),
				"staff@example.org", recorded2020);

		Matrix now = this.tracker.matrix(this.instrument);
		assertThat(now.states()).hasSize(27).contains("GR").doesNotContain("EL");
		assertThat(now.cells()).hasSize(27);
		assertThat(now.cell("BE", this.grooming).status()).isEqualTo(Status.TRANSPOSED);
		assertThat(now.cell("FR", this.grooming).status()).isEqualTo(Status.NOT_ASSESSED);
		assertThat(this.tracker.matrix(this.instrument, LocalDate.of(2018, 6, 1)).cell("BE", this.grooming).status())
			.isEqualTo(Status.PARTLY);
		assertThat(this.tracker.matrix(this.instrument, LocalDate.of(2015, 6, 1)).cell("BE", this.grooming).status())
			.isEqualTo(Status.NOT_ASSESSED);

		// A correction recorded in 2021: the 2020 status was wrong, it was only partly.
		this.tracker.correct(later.id(), draft("BE", Status.PARTLY, LocalDate.of(2020, 1, 10)), "staff@example.org",
				Instant.parse("2021-03-01T09:00:00Z"));
		assertThat(this.tracker.matrix(this.instrument).cell("BE", this.grooming).status()).isEqualTo(Status.PARTLY);
		assertThat(this.tracker.matrix(this.instrument, LocalDate.of(2020, 6, 1)).cell("BE", this.grooming).status())
			.as("what the site published in June 2020, before the correction")
			.isEqualTo(Status.TRANSPOSED);
		assertThat(this.tracker.history(this.grooming.id(), "BE")).hasSize(3)
			.filteredOn((row) -> row.supersededAt() != null)
			.hasSize(1);
		assertThatThrownBy(() -> this.tracker.correct(later.id(),
				draft("BE", Status.GOES_FURTHER, LocalDate.of(2020, 1, 10)), "staff@example.org", this.clock.instant()))
			.isInstanceOf(TrackerProblem.class)
			.hasMessage("advocacy.tracker.problem.corrected");
	}

	@Test
	void aRecastArticleKeptUnchangedCarriesTheAssessmentOverAndSaysSo() {
		this.tracker.record(draft("NL", Status.GOES_FURTHER, LocalDate.of(2017, 2, 1)), "staff@example.org",
				this.clock.instant().minus(Duration.ofDays(1)));
		UUID recastId = this.tracker.addInstrument("recast-" + UUID.randomUUID().toString().substring(0, 8),
				"52024PC0060", null, null, null, this.instrument.id(), texts("Recast"), texts("Recast"), false,
				this.clock.instant());
		Instrument recast = this.tracker.instrument(recastId).orElseThrow();
		Provision kept = this.tracker
			.provision(this.tracker.addProvision(recastId, "7", Theme.GROOMING, 10, texts("Grooming"),
					this.grooming.id(), true))
			.orElseThrow();
		Provision rewritten = this.tracker
			.provision(this.tracker.addProvision(recastId, "8", Theme.GROOMING, 20, texts("Grooming"),
					this.grooming.id(), false))
			.orElseThrow();

		Matrix matrix = this.tracker.matrix(recast);
		assertThat(matrix.cell("NL", kept).status()).isEqualTo(Status.GOES_FURTHER);
		assertThat(matrix.cell("NL", kept).carriedOver()).isTrue();
		assertThat(matrix.cell("NL", rewritten).status()).isEqualTo(Status.NOT_ASSESSED);
	}

	@Test
	void refusedDraftsWriteNothing() {
		long before = rows();
		assertRefused(draft("EL", Status.TRANSPOSED, LocalDate.of(2020, 1, 1)), "advocacy.tracker.problem.state");
		assertRefused(draft("XX", Status.TRANSPOSED, LocalDate.of(2020, 1, 1)), "advocacy.tracker.problem.state");
		assertRefused(new AssessmentDraft(this.grooming.id(), "BE", Status.PARTLY, LocalDate.of(2020, 1, 1),
				LocalDate.of(2020, 1, 1), null, null, Map.of(), null), "advocacy.tracker.problem.source");
		assertRefused(new AssessmentDraft(UUID.randomUUID(), "BE", Status.PARTLY, LocalDate.of(2020, 1, 1),
				LocalDate.of(2020, 1, 1), null, null, Map.of(), GAZETTE), "advocacy.tracker.problem.provision");
		assertRefused(draft("BE", Status.PARTLY, LocalDate.now(this.clock).plusDays(2)),
				"advocacy.tracker.problem.future");
		assertRefused(
				new AssessmentDraft(this.grooming.id(), "BE", Status.PARTLY, LocalDate.of(2020, 1, 1),
						LocalDate.of(2020, 1, 1), null, null, Map.of(Language.FR, "x".repeat(2001)), GAZETTE),
				"advocacy.tracker.problem.length");
		assertRefused(
				new AssessmentDraft(this.grooming.id(), "BE", Status.PARTLY, LocalDate.of(2020, 1, 1),
						LocalDate.of(2020, 1, 1), null, null, Map.of(),
						new Assessment.Source(SourceKind.OTHER, "javascript:alert(1)", null)),
				"advocacy.tracker.problem.address");
		assertThat(rows()).isEqualTo(before);
		this.tracker.record(
				new AssessmentDraft(this.grooming.id(), "BE", Status.NOT_ASSESSED, LocalDate.of(2020, 1, 1),
						LocalDate.of(2020, 1, 1), null, null, Map.of(), null),
				"staff@example.org", this.clock.instant());
		assertThat(rows()).isEqualTo(before + 1);
	}

	private void assertRefused(AssessmentDraft draft, String key) {
		assertThatThrownBy(() -> this.tracker.record(draft, "staff@example.org", this.clock.instant()))
			.isInstanceOfSatisfying(TrackerProblem.class, (problem) -> assertThat(problem.key()).isEqualTo(key));
	}

	private long rows() {
		return this.jdbc.sql("select count(*) from advocacy_assessment").query(Long.class).single();
	}

	private AssessmentDraft draft(String state, Status status, LocalDate validFrom) {
		return new AssessmentDraft(this.grooming.id(), state, status, validFrom, validFrom,
				new Assessment.Measure("Loi du 1er février 2016", null, "https://www.ejustice.just.fgov.be/example",
						"Art. 377quater"),
				new Assessment.Quote("Est puni…", "fr", Map.of(Language.EN, "Is punished…")),
				Map.of(Language.EN, "A note"), GAZETTE);
	}

	private static Map<Language, String> texts(String text) {
		return Map.of(Language.FR, text, Language.NL, text, Language.EN, text);
	}

}
