package org.vigie.advocacy.recommendations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.DatabaseTest;
import org.vigie.TestClock;
import org.vigie.advocacy.web.AdvocacyCache;
import org.vigie.learning.LearningDatabaseParts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The recommendations' SQL on each database (H2, and PostgreSQL in its run): the current
 * status follows the latest step by date, "recommended again and still not implemented"
 * is one query, filters and overdue follow-ups, and the database itself refuses a step
 * without a source and a second reminder for the same date.
 */
@DatabaseTest
@Import({ AddresseeStore.class, RecommendationStore.class, FollowUps.class, AdvocacyCache.class,
		LearningDatabaseParts.class })
class RecommendationStoreTests {

	private static final Evidence RECORD = new Evidence(EvidenceKind.PARLIAMENTARY_RECORD,
			"https://www.parlement.brussels/example", "Compte rendu, exemple");

	@Autowired
	private AddresseeStore addressees;

	@Autowired
	private RecommendationStore recommendations;

	@Autowired
	private FollowUps followUps;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	private UUID parliament;

	private String tag;

	@BeforeEach
	void addressee() {
		this.tag = UUID.randomUUID().toString().substring(0, 8);
		this.parliament = this.addressees.add(new AddresseeDraft("parl-" + this.tag, Tier.BRUSSELS_REGION,
				Branch.PARLIAMENT, new Texts("Parlement", "Parlement", "Parliament")), false);
	}

	@Test
	void theStatusIsTheLatestStepByDateAndEachStepKeepsItsEvidence() {
		UUID id = create("status", LocalDate.of(2024, 3, 12), null, null);
		this.followUps.addStep(id, step(Stage.UNDER_WAY, LocalDate.of(2025, 1, 10)), "staff@example.org", now());
		this.followUps.addStep(id, step(Stage.ANSWERED, LocalDate.of(2024, 5, 1)), "staff@example.org", now());
		Recommendation saved = this.recommendations.byId(id).orElseThrow();
		assertThat(saved.stage()).isEqualTo(Stage.UNDER_WAY);
		assertThat(saved.stageOn()).isEqualTo(LocalDate.of(2025, 1, 10));
		assertThat(this.followUps.steps(id)).extracting(Step::stage)
			.containsExactly(Stage.MADE, Stage.ANSWERED, Stage.UNDER_WAY);
		assertThat(this.followUps.steps(id).get(2).evidence()).isEqualTo(RECORD);
		assertThat(this.followUps.steps(id).get(0).evidence().label()).isEqualTo("Ref " + this.tag);
	}

	@Test
	void recommendedAgainAndNotImplementedIsOneQuery() {
		UUID first = create("c3", LocalDate.of(2021, 5, 1), null, null);
		UUID again = create("c4", LocalDate.of(2025, 5, 1), first, null);
		UUID done = create("done-c3", LocalDate.of(2021, 5, 1), null, null);
		UUID doneAgain = create("done-c4", LocalDate.of(2025, 5, 1), done, null);
		this.followUps.addStep(doneAgain, step(Stage.IMPLEMENTED, LocalDate.of(2025, 6, 1)), "staff@example.org",
				now());
		assertThat(this.recommendations.againNotImplemented()).extracting(Recommendation::id)
			.contains(again)
			.doesNotContain(first, done, doneAgain);
		assertThat(this.recommendations.takenUpBy(first)).extracting(Recommendation::id).containsExactly(again);
	}

	@Test
	void filtersAndOverdueFollowUps() {
		LocalDate today = this.recommendations.today();
		UUID due = create("due", LocalDate.of(2024, 1, 1), null, today.minusDays(1));
		UUID later = create("later", LocalDate.of(2024, 1, 1), null, today.plusDays(10));
		UUID closed = create("closed", LocalDate.of(2024, 1, 1), null, today.minusDays(3));
		this.followUps.addStep(closed, step(Stage.REJECTED, LocalDate.of(2024, 2, 1)), "staff@example.org", now());
		assertThat(this.recommendations.overdue(today)).extracting(Recommendation::id)
			.contains(due)
			.doesNotContain(later, closed);
		assertThat(
				this.recommendations.filtered(new RecommendationStore.Filter(Stage.REJECTED, "parl-" + this.tag, null)))
			.extracting(Recommendation::id)
			.containsExactly(closed);
		assertThat(this.recommendations
			.filtered(new RecommendationStore.Filter(null, "parl-" + this.tag, Origin.PARLIAMENT))).isEmpty();
	}

	@Test
	void theDatabaseRefusesAStepWithoutSource() {
		UUID id = create("db", LocalDate.of(2024, 1, 1), null, null);
		// The last statement of the test: on PostgreSQL a refused statement ends the
		// transaction.
		assertThatThrownBy(() -> this.jdbc.sql("""
				insert into advocacy_recommendations_step (id, recommendation_id, stage, happened_on, source_kind,
				recorded_by, recorded_at) values (?, ?, 'ANSWERED', ?, 'OTHER', 'x', ?)""")
			.params(UUID.randomUUID(), id, LocalDate.of(2024, 2, 1), java.sql.Timestamp.from(now()))
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDatabaseRefusesASecondReminderForOneDate() {
		UUID id = create("db2", LocalDate.of(2024, 1, 1), null, null);
		String insert = "insert into advocacy_recommendations_reminder (recommendation_id, due_on, sent_at) values (?, ?, ?)";
		this.jdbc.sql(insert).params(id, LocalDate.of(2024, 6, 1), java.sql.Timestamp.from(now())).update();
		assertThatThrownBy(() -> this.jdbc.sql(insert)
			.params(id, LocalDate.of(2024, 6, 1), java.sql.Timestamp.from(now()))
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void refusedInputWritesNothing() {
		long before = rows();
		UUID id = create("refused", LocalDate.of(2024, 1, 1), null, null);
		assertThatThrownBy(() -> this.followUps.addStep(id,
				new StepDraft(Stage.ANSWERED, LocalDate.of(2024, 2, 1), null,
						new Evidence(EvidenceKind.OTHER, null, " ")),
				"staff@example.org", now()))
			.isInstanceOfSatisfying(RecommendationProblem.class,
					(problem) -> assertThat(problem.key()).isEqualTo("advocacy.recommendations.problem.source"));
		assertThatThrownBy(() -> this.followUps.addStep(id,
				new StepDraft(Stage.ANSWERED, LocalDate.of(2024, 2, 1), null,
						new Evidence(EvidenceKind.OTHER, "javascript:alert(1)", null)),
				"staff@example.org", now()))
			.isInstanceOfSatisfying(RecommendationProblem.class,
					(problem) -> assertThat(problem.key()).isEqualTo("advocacy.recommendations.problem.address"));
		assertThatThrownBy(() -> create("refused", LocalDate.of(2024, 1, 1), null, null))
			.isInstanceOf(RecommendationProblem.class);
		assertThatThrownBy(() -> create("bad-previous", LocalDate.of(2020, 1, 1), id, null)).isInstanceOfSatisfying(
				RecommendationProblem.class,
				(problem) -> assertThat(problem.key()).isEqualTo("advocacy.recommendations.problem.previous"));
		assertThat(rows()).isEqualTo(before + 2);
	}

	private long rows() {
		return this.jdbc
			.sql("select (select count(*) from advocacy_recommendations_item) "
					+ "+ (select count(*) from advocacy_recommendations_step) from (values (1)) one")
			.query(Long.class)
			.single();
	}

	private UUID create(String code, LocalDate madeOn, UUID previous, LocalDate followUpOn) {
		return this.recommendations.create(
				new RecommendationDraft(code + "-" + this.tag, Origin.NGO_EVENT, null, madeOn,
						new Evidence(null, null, "Ref " + this.tag), new Texts("Texte", "Tekst", "Text"),
						this.parliament, null, Response.NONE, null, Progress.NO_EVIDENCE, previous, followUpOn),
				false, "staff@example.org", now());
	}

	private static StepDraft step(Stage stage, LocalDate on) {
		return new StepDraft(stage, on, new Texts("", "", ""), RECORD);
	}

	private Instant now() {
		return this.clock.instant();
	}

}
