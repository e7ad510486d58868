package org.vigie.advocacy.recommendations;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.vigie.advocacy.organisations.NewsChoices;
import org.vigie.advocacy.revisions.Revisions;
import org.vigie.identity.AuditTrail;

/**
 * What an advocacy officer does to a recommendation, each in one transaction with its
 * revision (a snapshot of the recommendation as saved) and its audit entry: either all is
 * written or nothing.
 */
@Service
public class RecommendationDesk {

	/** The kind recommendations are filed under in revisions and news links. */
	public static final String KIND = "recommendation";

	private final RecommendationStore recommendations;

	private final FollowUps followUps;

	private final Revisions revisions;

	private final AuditTrail audit;

	private final NewsChoices news;

	private final Clock clock;

	RecommendationDesk(RecommendationStore recommendations, FollowUps followUps, Revisions revisions, AuditTrail audit,
			NewsChoices news, Clock clock) {
		this.recommendations = recommendations;
		this.news = news;
		this.followUps = followUps;
		this.revisions = revisions;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates a recommendation. */
	@Transactional
	public UUID create(RecommendationDraft draft, String actor) {
		UUID id = this.recommendations.create(draft, false, actor, this.clock.instant());
		keep(id, "created", actor);
		this.audit.record(RecommendationsAudit.SAVED, actor, "recommendation:" + draft.code(), "created");
		return id;
	}

	/** Saves a recommendation's fields. */
	@Transactional
	public void save(UUID id, RecommendationDraft draft, String actor) {
		this.recommendations.update(id, draft, this.clock.instant());
		Recommendation saved = keep(id, "saved", actor);
		this.audit.record(RecommendationsAudit.SAVED, actor, "recommendation:" + saved.code(), "changed");
	}

	/** Adds a status step with its evidence. */
	@Transactional
	public void step(UUID id, StepDraft draft, String actor) {
		this.followUps.addStep(id, draft, actor, this.clock.instant());
		Recommendation saved = keep(id, "status " + draft.stage().name(), actor);
		this.audit.record(RecommendationsAudit.STEP, actor, "recommendation:" + saved.code(), draft.stage().name());
	}

	/** Records a commitment. */
	@Transactional
	public void commitment(UUID id, CommitmentDraft draft, String actor) {
		this.followUps.addCommitment(id, draft, actor, this.clock.instant());
		Recommendation saved = keep(id, "commitment", actor);
		this.audit.record(RecommendationsAudit.COMMITMENT, actor, "recommendation:" + saved.code(), "added");
	}

	/**
	 * Links the news posts ticked on the edit page ({@code news_fr}, {@code news_nl},
	 * {@code news_en}), replacing the recommendation's links; addresses that are not
	 * published posts are left out. The revision keeps the fields and the links.
	 */
	@Transactional
	public void news(UUID id, MultiValueMap<String, String> fields, String actor) {
		Map<String, Object> linked = this.news.link(KIND, id, fields);
		Recommendation saved = this.recommendations.byId(id).orElseThrow(() -> new RecommendationProblem("gone"));
		Map<String, Object> snapshot = snapshot(saved);
		snapshot.putAll(linked);
		this.revisions.record(KIND, id, snapshot, "news links", actor, this.clock.instant());
		this.audit.record(RecommendationsAudit.SAVED, actor, "recommendation:" + saved.code(), "news links");
	}

	private Recommendation keep(UUID id, String summary, String actor) {
		Recommendation saved = this.recommendations.byId(id).orElseThrow(() -> new RecommendationProblem("gone"));
		this.revisions.record(KIND, id, snapshot(saved), summary, actor, this.clock.instant());
		return saved;
	}

	/** The recommendation's fields as a revision keeps them. */
	static Map<String, Object> snapshot(Recommendation saved) {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("code", saved.code());
		snapshot.put("origin", saved.origin().name());
		snapshot.put("cycle", saved.cycle());
		snapshot.put("madeOn", saved.madeOn().toString());
		snapshot.put("reference", saved.reference().label());
		snapshot.put("referenceUrl", saved.reference().url());
		snapshot.put("text", saved.text().byCode());
		snapshot.put("addressee", saved.addressee().code());
		snapshot.put("recommendingState", saved.recommendingState());
		snapshot.put("response", saved.response().name());
		snapshot.put("uprCategory", saved.uprCategory());
		snapshot.put("progress", saved.progress().name());
		snapshot.put("previous", (saved.previous() != null) ? saved.previous().toString() : null);
		snapshot.put("followUpOn", (saved.followUpOn() != null) ? saved.followUpOn().toString() : null);
		snapshot.put("stage", saved.stage().name());
		snapshot.put("stageOn", saved.stageOn().toString());
		return snapshot;
	}

}
