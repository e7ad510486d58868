package org.vigie.advocacy.recommendations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.vigie.advocacy.web.AdvocacyCache;
import org.vigie.site.PageCache;
import org.vigie.site.SiteProperties;
import org.vigie.site.SitemapContributor;

/**
 * The recommendations: read with their addressee and current status, filtered, and
 * written after {@link RecommendationRules} and the checks only the database can make
 * (the code is free, the addressee and the previous cycle's recommendation exist).
 * Creating one records its first step, "made", with the document it was made in as
 * evidence; later steps are {@link FollowUps}' part.
 */
@Service
public class RecommendationStore {

	static final String SELECT = """
			select i.id, i.code, i.origin, i.cycle, i.made_on, i.reference_label, i.reference_url, i.text_fr, i.text_nl,
			i.text_en, i.recommending_state, i.response, i.upr_category, i.progress, i.previous_id, i.follow_up_on,
			i.stage, i.stage_on, i.demo, a.id a_id, a.code a_code, a.tier a_tier, a.branch a_branch,
			a.name_fr a_name_fr, a.name_nl a_name_nl, a.name_en a_name_en, a.demo a_demo
			from advocacy_recommendations_item i join advocacy_recommendations_addressee a on a.id = i.addressee_id
			""";

	private final JdbcClient jdbc;

	private final AddresseeStore addressees;

	private final AdvocacyCache cache;

	private final Clock clock;

	private final SiteProperties site;

	private final PageCache pages;

	RecommendationStore(JdbcClient jdbc, AddresseeStore addressees, AdvocacyCache cache, Clock clock,
			SiteProperties site, PageCache pages) {
		this.jdbc = jdbc;
		this.addressees = addressees;
		this.cache = cache;
		this.clock = clock;
		this.site = site;
		this.pages = pages;
	}

	/** Today in the site's time zone. */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.site.timeZone());
	}

	/** Every recommendation, the newest first. */
	public List<Recommendation> all() {
		return filtered(Filter.NONE);
	}

	/** The recommendations a reader's filter keeps, the newest first. */
	public List<Recommendation> filtered(Filter filter) {
		List<String> conditions = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		if (filter.stage() != null) {
			conditions.add("i.stage = ?");
			params.add(filter.stage().name());
		}
		if (filter.addressee() != null) {
			conditions.add("a.code = ?");
			params.add(filter.addressee());
		}
		if (filter.origin() != null) {
			conditions.add("i.origin = ?");
			params.add(filter.origin().name());
		}
		String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + " ";
		return this.jdbc.sql(SELECT + where + "order by i.made_on desc, i.code")
			.params(params)
			.query((rs, row) -> read(rs))
			.list();
	}

	/**
	 * The recommendations made again in a later cycle and still not implemented (nor
	 * rejected for good): the list that shows what keeps being asked for in vain.
	 */
	public List<Recommendation> againNotImplemented() {
		return this.jdbc
			.sql(SELECT
					+ """
							where i.previous_id is not null and i.stage <> 'IMPLEMENTED'
							and exists (select 1 from advocacy_recommendations_item p where p.id = i.previous_id and p.stage <> 'IMPLEMENTED')
							order by i.made_on desc, i.code""")
			.query((rs, row) -> read(rs))
			.list();
	}

	/** Those whose follow-up date has come while they are still open. */
	public List<Recommendation> overdue(LocalDate today) {
		return this.jdbc.sql(SELECT + """
				where i.follow_up_on <= ? and i.stage not in ('IMPLEMENTED', 'REJECTED')
				order by i.follow_up_on, i.code""").param(today).query((rs, row) -> read(rs)).list();
	}

	/** A recommendation by id. */
	public Optional<Recommendation> byId(UUID id) {
		return this.jdbc.sql(SELECT + "where i.id = ?").param(id).query((rs, row) -> read(rs)).optional();
	}

	/** A recommendation by code. */
	public Optional<Recommendation> byCode(String code) {
		return this.jdbc.sql(SELECT + "where i.code = ?").param(code).query((rs, row) -> read(rs)).optional();
	}

	/** The recommendations that take this one up again in a later cycle. */
	public List<Recommendation> takenUpBy(UUID id) {
		return this.jdbc.sql(SELECT + "where i.previous_id = ? order by i.made_on")
			.param(id)
			.query((rs, row) -> read(rs))
			.list();
	}

	/**
	 * Creates a recommendation with its first step, "made", citing the document it was
	 * made in.
	 */
	@Transactional
	public UUID create(RecommendationDraft draft, boolean demo, String actor, Instant now) {
		RecommendationRules.check(draft, today());
		if (byCode(draft.code()).isPresent()) {
			throw new RecommendationProblem("taken");
		}
		checkLinks(draft, null);
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into advocacy_recommendations_item (id, code, origin, cycle, made_on, reference_label, reference_url,
					text_fr, text_nl, text_en, addressee_id, recommending_state, response, upr_category, progress, previous_id,
					follow_up_on, stage, stage_on, demo, created_at, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, draft.code(), draft.origin().name(), empty(draft.cycle()), draft.madeOn(),
					draft.reference().label(), empty(draft.reference().url()), draft.text().fr(), draft.text().nl(),
					draft.text().en(), draft.addressee(), empty(draft.recommendingState()), draft.response().name(),
					draft.uprCategory(), draft.progress().name(), draft.previous(), draft.followUpOn(),
					Stage.MADE.name(), draft.madeOn(), demo, Timestamp.from(now), Timestamp.from(now))
			.update();
		FollowUps.insertStep(this.jdbc, id,
				new StepDraft(Stage.MADE, draft.madeOn(), new Texts("", "", ""),
						new Evidence(draft.origin().document(), draft.reference().url(), draft.reference().label())),
				actor, now);
		this.cache.changed();
		sitemapChanged();
		return id;
	}

	/** A new public address: the sitemaps are evicted once the transaction commits. */
	private void sitemapChanged() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					RecommendationStore.this.pages.evictTagged(SitemapContributor.CACHE_TAG);
				}
			});
		}
		else {
			this.pages.evictTagged(SitemapContributor.CACHE_TAG);
		}
	}

	/** Changes a recommendation (its code and status timeline stay). */
	@Transactional
	public void update(UUID id, RecommendationDraft draft, Instant now) {
		Recommendation current = byId(id).orElseThrow(() -> new RecommendationProblem("gone"));
		RecommendationDraft kept = new RecommendationDraft(current.code(), draft.origin(), draft.cycle(),
				draft.madeOn(), draft.reference(), draft.text(), draft.addressee(), draft.recommendingState(),
				draft.response(), draft.uprCategory(), draft.progress(), draft.previous(), draft.followUpOn());
		RecommendationRules.check(kept, today());
		checkLinks(kept, id);
		this.jdbc.sql("""
				update advocacy_recommendations_item set origin = ?, cycle = ?, made_on = ?, reference_label = ?,
				reference_url = ?, text_fr = ?, text_nl = ?, text_en = ?, addressee_id = ?, recommending_state = ?,
				response = ?, upr_category = ?, progress = ?, previous_id = ?, follow_up_on = ?, updated_at = ?
				where id = ?""")
			.params(kept.origin().name(), empty(kept.cycle()), kept.madeOn(), kept.reference().label(),
					empty(kept.reference().url()), kept.text().fr(), kept.text().nl(), kept.text().en(),
					kept.addressee(), empty(kept.recommendingState()), kept.response().name(), kept.uprCategory(),
					kept.progress().name(), kept.previous(), kept.followUpOn(), Timestamp.from(now), id)
			.update();
		this.cache.changed();
	}

	private void checkLinks(RecommendationDraft draft, UUID self) {
		if (this.addressees.byId(draft.addressee()).isEmpty()) {
			throw new RecommendationProblem("addressee");
		}
		if (draft.previous() != null) {
			Recommendation previous = byId(draft.previous()).orElseThrow(() -> new RecommendationProblem("previous"));
			if (previous.id().equals(self) || !previous.madeOn().isBefore(draft.madeOn())) {
				throw new RecommendationProblem("previous");
			}
		}
	}

	private static String empty(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	static Recommendation read(ResultSet rs) throws SQLException {
		Object category = rs.getObject("upr_category");
		return new Recommendation(rs.getObject("id", UUID.class), rs.getString("code"),
				Origin.valueOf(rs.getString("origin")), rs.getString("cycle"), rs.getObject("made_on", LocalDate.class),
				new Evidence(null, rs.getString("reference_url"), rs.getString("reference_label")),
				new Texts(rs.getString("text_fr"), rs.getString("text_nl"), rs.getString("text_en")),
				AddresseeStore.read(rs, "a_"), rs.getString("recommending_state"),
				Response.valueOf(rs.getString("response")), (category != null) ? ((Number) category).intValue() : null,
				Progress.valueOf(rs.getString("progress")), rs.getObject("previous_id", UUID.class),
				rs.getObject("follow_up_on", LocalDate.class), Stage.valueOf(rs.getString("stage")),
				rs.getObject("stage_on", LocalDate.class), rs.getBoolean("demo"));
	}

	/**
	 * What a reader's filter keeps; {@code null} keeps everything.
	 *
	 * @param stage a status
	 * @param addressee an addressee's code
	 * @param origin an origin
	 */
	public record Filter(Stage stage, String addressee, Origin origin) {

		/** Keeps everything. */
		public static final Filter NONE = new Filter(null, null, null);

	}

}
