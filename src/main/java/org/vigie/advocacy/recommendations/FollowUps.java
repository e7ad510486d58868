package org.vigie.advocacy.recommendations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.advocacy.web.AdvocacyCache;

/**
 * What happened to a recommendation after it was made: its status steps, each with its
 * evidence (a step without a source is refused and nothing is written), and the
 * commitments made about it. The recommendation's current status is its latest step by
 * date (then by when it was recorded), kept beside it so counts are one query.
 */
@Service
public class FollowUps {

	private final JdbcClient jdbc;

	private final RecommendationStore recommendations;

	private final AddresseeStore addressees;

	private final AdvocacyCache cache;

	FollowUps(JdbcClient jdbc, RecommendationStore recommendations, AddresseeStore addressees, AdvocacyCache cache) {
		this.jdbc = jdbc;
		this.recommendations = recommendations;
		this.addressees = addressees;
		this.cache = cache;
	}

	/** A recommendation's steps, oldest first. */
	public List<Step> steps(UUID recommendation) {
		return this.jdbc.sql("""
				select id, recommendation_id, stage, happened_on, note_fr, note_nl, note_en, source_kind, source_url,
				source_label, recorded_at from advocacy_recommendations_step where recommendation_id = ?
				order by happened_on, recorded_at, id""").param(recommendation).query((rs, row) -> step(rs)).list();
	}

	/** The commitments made about a recommendation, oldest first. */
	public List<Commitment> commitments(UUID recommendation) {
		return this.jdbc.sql("""
				select id, recommendation_id, addressee_id, office_holder, committed_on, text_fr, text_nl, text_en,
				source_kind, source_url, source_label from advocacy_recommendations_commitment
				where recommendation_id = ? order by committed_on, recorded_at, id""")
			.param(recommendation)
			.query((rs, row) -> new Commitment(rs.getObject("id", UUID.class),
					rs.getObject("recommendation_id", UUID.class),
					(rs.getObject("addressee_id", UUID.class) != null)
							? this.addressees.byId(rs.getObject("addressee_id", UUID.class)).orElse(null) : null,
					rs.getString("office_holder"), rs.getObject("committed_on", LocalDate.class),
					new Texts(rs.getString("text_fr"), rs.getString("text_nl"), rs.getString("text_en")), evidence(rs)))
			.list();
	}

	/** Adds a status step with its evidence and updates the current status. */
	@Transactional
	public UUID addStep(UUID recommendation, StepDraft draft, String actor, Instant now) {
		Recommendation current = this.recommendations.byId(recommendation)
			.orElseThrow(() -> new RecommendationProblem("gone"));
		RecommendationRules.check(draft, current.madeOn(), this.recommendations.today());
		UUID id = insertStep(this.jdbc, recommendation, draft, actor, now);
		Step latest = steps(recommendation).stream()
			.reduce((one, other) -> other)
			.orElseThrow(() -> new IllegalStateException("A step was just added"));
		this.jdbc.sql("update advocacy_recommendations_item set stage = ?, stage_on = ?, updated_at = ? where id = ?")
			.params(latest.stage().name(), latest.on(), Timestamp.from(now), recommendation)
			.update();
		this.cache.changed();
		return id;
	}

	/** Adds a commitment with its source. */
	@Transactional
	public UUID addCommitment(UUID recommendation, CommitmentDraft draft, String actor, Instant now) {
		Recommendation current = this.recommendations.byId(recommendation)
			.orElseThrow(() -> new RecommendationProblem("gone"));
		RecommendationRules.check(draft, current.madeOn(), this.recommendations.today());
		if (draft.addressee() != null && this.addressees.byId(draft.addressee()).isEmpty()) {
			throw new RecommendationProblem("addressee");
		}
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into advocacy_recommendations_commitment (id, recommendation_id, addressee_id, office_holder,
					committed_on, text_fr, text_nl, text_en, source_kind, source_url, source_label, recorded_by, recorded_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, recommendation, draft.addressee(), blankToNull(draft.officeHolder()), draft.on(),
					draft.text().fr(), draft.text().nl(), draft.text().en(), draft.evidence().kind().name(),
					blankToNull(draft.evidence().url()), blankToNull(draft.evidence().label()), actor,
					Timestamp.from(now))
			.update();
		this.cache.changed();
		return id;
	}

	/** Writes a step (checked by the caller). */
	static UUID insertStep(JdbcClient jdbc, UUID recommendation, StepDraft draft, String actor, Instant now) {
		UUID id = UUID.randomUUID();
		Texts note = (draft.note() != null) ? draft.note() : new Texts("", "", "");
		jdbc.sql("""
				insert into advocacy_recommendations_step (id, recommendation_id, stage, happened_on, note_fr, note_nl,
				note_en, source_kind, source_url, source_label, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, recommendation, draft.stage().name(), draft.on(), blankToNull(note.fr()),
					blankToNull(note.nl()), blankToNull(note.en()), draft.evidence().kind().name(),
					blankToNull(draft.evidence().url()), blankToNull(draft.evidence().label()), actor,
					Timestamp.from(now))
			.update();
		return id;
	}

	private static Step step(ResultSet rs) throws SQLException {
		return new Step(rs.getObject("id", UUID.class), rs.getObject("recommendation_id", UUID.class),
				Stage.valueOf(rs.getString("stage")), rs.getObject("happened_on", LocalDate.class),
				new Texts(orEmpty(rs.getString("note_fr")), orEmpty(rs.getString("note_nl")),
						orEmpty(rs.getString("note_en"))),
				evidence(rs), rs.getTimestamp("recorded_at").toInstant());
	}

	private static Evidence evidence(ResultSet rs) throws SQLException {
		return new Evidence(EvidenceKind.valueOf(rs.getString("source_kind")), rs.getString("source_url"),
				rs.getString("source_label"));
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
