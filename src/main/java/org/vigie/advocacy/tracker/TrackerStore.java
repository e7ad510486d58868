package org.vigie.advocacy.tracker;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.advocacy.web.AdvocacyCache;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * The directive tracker's data: instruments, provisions and assessments with their two
 * timelines. Reads build the whole matrix of an instrument as it stood at the end of a
 * day (what was true then, as the site published it then, later corrections left out);
 * writes add rows and never change one except to close it when a correction replaces it.
 */
@Service
public class TrackerStore {

	/** The longest text a note, a gloss or a quote may have (the columns' sizes). */
	static final int NOTE = 2000;

	static final int QUOTE = 1000;

	static final int LINE = 500;

	private final JdbcClient jdbc;

	private final AdvocacyCache cache;

	private final Clock clock;

	private final ZoneId zone;

	TrackerStore(JdbcClient jdbc, AdvocacyCache cache, Clock clock, SiteProperties site) {
		this.jdbc = jdbc;
		this.cache = cache;
		this.clock = clock;
		this.zone = site.timeZone();
	}

	/** Today in Brussels. */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.zone);
	}

	/** Every instrument, the oldest first. */
	public List<Instrument> instruments() {
		return this.jdbc.sql("select * from advocacy_instrument order by adopted_on nulls last, code")
			.query(TrackerStore::instrument)
			.list();
	}

	/** The instrument with this code. */
	public Optional<Instrument> instrument(String code) {
		return this.jdbc.sql("select * from advocacy_instrument where code = ?")
			.param(code)
			.query(TrackerStore::instrument)
			.optional();
	}

	/** The instrument with this id. */
	public Optional<Instrument> instrument(UUID id) {
		return this.jdbc.sql("select * from advocacy_instrument where id = ?")
			.param(id)
			.query(TrackerStore::instrument)
			.optional();
	}

	/**
	 * The instrument the tracker opens on: the newest adopted one that is not replaced.
	 */
	public Optional<Instrument> main() {
		return main(instruments());
	}

	/** The instrument the tracker opens on among these. */
	public static Optional<Instrument> main(List<Instrument> all) {
		return all.stream()
			.filter((instrument) -> instrument.adoptedOn() != null)
			.filter((instrument) -> all.stream()
				.noneMatch((other) -> instrument.id().equals(other.replacesId()) && other.adoptedOn() != null))
			.max(Comparator.comparing(Instrument::adoptedOn));
	}

	/** An instrument's provisions in order. */
	public List<Provision> provisions(UUID instrumentId) {
		return this.jdbc.sql("select * from advocacy_provision where instrument_id = ? order by sort_key, article")
			.param(instrumentId)
			.query(TrackerStore::provision)
			.list();
	}

	/** The provision with this id. */
	public Optional<Provision> provision(UUID id) {
		return this.jdbc.sql("select * from advocacy_provision where id = ?")
			.param(id)
			.query(TrackerStore::provision)
			.optional();
	}

	/** An instrument's provision by its article. */
	public Optional<Provision> provision(UUID instrumentId, String article) {
		return this.jdbc.sql("select * from advocacy_provision where instrument_id = ? and article = ?")
			.params(instrumentId, article)
			.query(TrackerStore::provision)
			.optional();
	}

	/** The matrix as it stands now. */
	public Matrix matrix(Instrument instrument) {
		return matrix(instrument, today());
	}

	/**
	 * The matrix as the site published it at the end of {@code asOf}: for each cell, the
	 * assessment true on that day among the rows recorded by then and not yet corrected
	 * then. For a recast's article kept unchanged, the replaced article's assessment
	 * carries over when the recast's own has none.
	 */
	@Transactional(readOnly = true)
	public Matrix matrix(Instrument instrument, LocalDate asOf) {
		List<Provision> provisions = provisions(instrument.id());
		Instant end = asOf.plusDays(1).atStartOfDay(this.zone).toInstant();
		List<UUID> wanted = new ArrayList<>();
		provisions.forEach((provision) -> {
			wanted.add(provision.id());
			if (provision.unchanged() && provision.derivedFromId() != null) {
				wanted.add(provision.derivedFromId());
			}
		});
		Map<String, Assessment> shown = new HashMap<>();
		if (!wanted.isEmpty()) {
			this.jdbc.sql("""
					select * from advocacy_assessment
					where provision_id in (:provisions) and recorded_at < :end
						and (superseded_at is null or superseded_at >= :end) and valid_from <= :asOf""")
				.param("provisions", wanted)
				.param("end", Timestamp.from(end))
				.param("asOf", asOf)
				.query(TrackerStore::assessment)
				.list()
				.forEach((row) -> shown.merge(row.provisionId() + "/" + row.state(), row, TrackerStore::later));
		}
		List<Cell> cells = new ArrayList<>(MemberStates.CODES.size() * provisions.size());
		for (String state : MemberStates.CODES) {
			for (Provision provision : provisions) {
				Assessment own = shown.get(provision.id() + "/" + state);
				if (own == null && provision.unchanged() && provision.derivedFromId() != null) {
					Assessment inherited = shown.get(provision.derivedFromId() + "/" + state);
					cells.add(new Cell(provision, state, inherited, inherited != null));
				}
				else {
					cells.add(new Cell(provision, state, own, false));
				}
			}
		}
		return new Matrix(instrument, provisions, MemberStates.CODES, cells, asOf);
	}

	private static Assessment later(Assessment one, Assessment other) {
		Comparator<Assessment> order = Comparator.comparing(Assessment::validFrom)
			.thenComparing(Assessment::recordedAt);
		return (order.compare(one, other) >= 0) ? one : other;
	}

	/**
	 * Every version recorded for one cell, the oldest valid first (and, for one day, the
	 * oldest recorded first): changes of status and the corrections that replaced rows.
	 */
	public List<Assessment> history(UUID provisionId, String state) {
		return this.jdbc
			.sql("select * from advocacy_assessment where provision_id = ? and state_code = ? "
					+ "order by valid_from, recorded_at")
			.params(provisionId, state)
			.query(TrackerStore::assessment)
			.list();
	}

	/**
	 * Every version recorded for the cells of these provisions and states in one query (a
	 * country's or a provision's page), in the order of {@link #history}.
	 */
	public List<Assessment> histories(List<UUID> provisionIds, List<String> states) {
		if (provisionIds.isEmpty() || states.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select * from advocacy_assessment where provision_id in (:provisions) and state_code in (:states) "
					+ "order by valid_from, recorded_at")
			.param("provisions", provisionIds)
			.param("states", states)
			.query(TrackerStore::assessment)
			.list();
	}

	/** The latest rows recorded for an instrument, the newest first. */
	public List<Assessment> changes(UUID instrumentId, int limit) {
		return this.jdbc.sql("""
				select a.* from advocacy_assessment a join advocacy_provision p on p.id = a.provision_id
				where p.instrument_id = ? order by a.recorded_at desc, a.id fetch first ? rows only""")
			.params(instrumentId, limit)
			.query(TrackerStore::assessment)
			.list();
	}

	/** The assessment row with this id. */
	public Optional<Assessment> assessment(UUID id) {
		return this.jdbc.sql("select * from advocacy_assessment where id = ?")
			.param(id)
			.query(TrackerStore::assessment)
			.optional();
	}

	/**
	 * Checks a draft as {@link #record} would, without writing: for forms and imports
	 * that must refuse everything when one row is wrong.
	 * @throws TrackerProblem what is wrong
	 */
	public void check(AssessmentDraft draft) {
		if (!MemberStates.isMember(draft.state())) {
			throw new TrackerProblem("advocacy.tracker.problem.state", String.valueOf(draft.state()));
		}
		if (draft.provisionId() == null || provision(draft.provisionId()).isEmpty()) {
			throw new TrackerProblem("advocacy.tracker.problem.provision");
		}
		if (draft.status() == null) {
			throw new TrackerProblem("advocacy.tracker.problem.status");
		}
		if (draft.validFrom() == null || draft.reviewedOn() == null) {
			throw new TrackerProblem("advocacy.tracker.problem.date");
		}
		if (draft.validFrom().isAfter(today()) || draft.reviewedOn().isAfter(today())) {
			throw new TrackerProblem("advocacy.tracker.problem.future");
		}
		if (draft.status().needsSource() && !draft.source().named()) {
			throw new TrackerProblem("advocacy.tracker.problem.source");
		}
		Assessment.Measure measure = draft.measure();
		Assessment.Quote quote = draft.quote();
		Assessment.Source source = draft.source();
		for (String line : new String[] { measure.title(), measure.address(), source.address() }) {
			length(line, LINE);
		}
		length(measure.celex(), 40);
		length(measure.article(), 100);
		length(source.label(), 300);
		length(quote.text(), QUOTE);
		length(quote.language(), 8);
		quote.glosses().values().forEach((gloss) -> length(gloss, QUOTE));
		draft.notes().values().forEach((note) -> length(note, NOTE));
		for (String address : new String[] { measure.address(), source.address() }) {
			if (address != null && !address.isBlank() && !address.startsWith("https://")
					&& !address.startsWith("http://")) {
				throw new TrackerProblem("advocacy.tracker.problem.address", address);
			}
		}
	}

	private static void length(String text, int max) {
		if (text != null && text.length() > max) {
			throw new TrackerProblem("advocacy.tracker.problem.length", max);
		}
	}

	/**
	 * Records a new assessment for a cell (a new status, or the same status reviewed
	 * again): a new row; what was recorded before stays in the history.
	 * @param actor who records it (a staff member's address, "import" or "demo")
	 * @throws TrackerProblem when the draft is refused (nothing written)
	 */
	@Transactional
	public Assessment record(AssessmentDraft draft, String actor, Instant now) {
		check(draft);
		return insert(draft, actor, now, null);
	}

	/**
	 * Corrects a recorded row (a mistake, not a change in the law): the correction takes
	 * its place from now on, with the same day it became true, and the row is closed, so
	 * "as of" an earlier day still shows what was published then.
	 * @throws TrackerProblem when the draft is refused or the row was already corrected
	 */
	@Transactional
	public Assessment correct(UUID assessmentId, AssessmentDraft draft, String actor, Instant now) {
		check(draft);
		Assessment old = assessment(assessmentId)
			.orElseThrow(() -> new TrackerProblem("advocacy.tracker.problem.gone"));
		if (!old.provisionId().equals(draft.provisionId()) || !old.state().equals(draft.state())) {
			throw new TrackerProblem("advocacy.tracker.problem.gone");
		}
		int closed = this.jdbc
			.sql("update advocacy_assessment set superseded_at = ? where id = ? and superseded_at is null")
			.params(Timestamp.from(now), assessmentId)
			.update();
		if (closed != 1) {
			throw new TrackerProblem("advocacy.tracker.problem.corrected");
		}
		AssessmentDraft same = new AssessmentDraft(draft.provisionId(), draft.state(), draft.status(), old.validFrom(),
				draft.reviewedOn(), draft.measure(), draft.quote(), draft.notes(), draft.source());
		return insert(same, actor, now, assessmentId);
	}

	private Assessment insert(AssessmentDraft draft, String actor, Instant now, UUID correctionOf) {
		UUID id = UUID.randomUUID();
		Assessment.Measure measure = draft.measure();
		Assessment.Quote quote = draft.quote();
		Assessment.Source source = draft.source();
		this.jdbc.sql("""
				insert into advocacy_assessment (id, provision_id, state_code, status, valid_from, reviewed_on,
					measure_title, measure_celex, measure_address, measure_article, quote, quote_language,
					gloss_fr, gloss_nl, gloss_en, note_fr, note_nl, note_en, source_kind, source_address,
					source_label, recorded_at, recorded_by, correction_of_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, draft.provisionId(), draft.state(), draft.status().name(), draft.validFrom(),
					draft.reviewedOn(), blank(measure.title()), blank(measure.celex()), blank(measure.address()),
					blank(measure.article()), blank(quote.text()), blank(quote.language()),
					blank(quote.gloss(Language.FR)), blank(quote.gloss(Language.NL)), blank(quote.gloss(Language.EN)),
					blank(draft.notes().get(Language.FR)), blank(draft.notes().get(Language.NL)),
					blank(draft.notes().get(Language.EN)), source.kind().name(), blank(source.address()),
					blank(source.label()), Timestamp.from(now), actor, correctionOf)
			.update();
		this.cache.changed();
		return assessment(id).orElseThrow();
	}

	/** Adds an instrument (staff, demo); its id. */
	@Transactional
	public UUID addInstrument(String code, String celex, String eli, LocalDate adoptedOn, LocalDate due,
			UUID replacesId, Map<Language, String> titles, Map<Language, String> shortTitles, boolean demo,
			Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into advocacy_instrument (id, code, celex, eli, adopted_on, transposition_due, replaces_id,
					title_fr, title_nl, title_en, short_fr, short_nl, short_en, demo, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, code, celex, eli, adoptedOn, due, replacesId, titles.get(Language.FR), titles.get(Language.NL),
					titles.get(Language.EN), shortTitles.get(Language.FR), shortTitles.get(Language.NL),
					shortTitles.get(Language.EN), demo, Timestamp.from(now))
			.update();
		this.cache.changed();
		return id;
	}

	/** Adds a provision to an instrument; its id. */
	@Transactional
	public UUID addProvision(UUID instrumentId, String article, Theme theme, int sortKey, Map<Language, String> titles,
			UUID derivedFromId, boolean unchanged) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into advocacy_provision (id, instrument_id, article, theme, sort_key, title_fr, title_nl,
					title_en, derived_from_id, unchanged)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, instrumentId, article, theme.name(), sortKey, titles.get(Language.FR), titles.get(Language.NL),
					titles.get(Language.EN), derivedFromId, unchanged)
			.update();
		this.cache.changed();
		return id;
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static Instrument instrument(ResultSet rs, int row) throws SQLException {
		return new Instrument(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("celex"),
				rs.getString("eli"), rs.getObject("adopted_on", LocalDate.class),
				rs.getObject("transposition_due", LocalDate.class), rs.getObject("replaces_id", UUID.class),
				texts(rs, "title_"), texts(rs, "short_"), rs.getBoolean("demo"));
	}

	private static Provision provision(ResultSet rs, int row) throws SQLException {
		return new Provision(rs.getObject("id", UUID.class), rs.getObject("instrument_id", UUID.class),
				rs.getString("article"), Theme.valueOf(rs.getString("theme")), rs.getInt("sort_key"),
				texts(rs, "title_"), rs.getObject("derived_from_id", UUID.class), rs.getBoolean("unchanged"));
	}

	private static Assessment assessment(ResultSet rs, int row) throws SQLException {
		Timestamp superseded = rs.getTimestamp("superseded_at");
		return new Assessment(rs.getObject("id", UUID.class), rs.getObject("provision_id", UUID.class),
				rs.getString("state_code"), Status.valueOf(rs.getString("status")),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("reviewed_on", LocalDate.class),
				new Assessment.Measure(rs.getString("measure_title"), rs.getString("measure_celex"),
						rs.getString("measure_address"), rs.getString("measure_article")),
				new Assessment.Quote(rs.getString("quote"), rs.getString("quote_language"), texts(rs, "gloss_")),
				texts(rs, "note_"),
				new Assessment.Source(SourceKind.valueOf(rs.getString("source_kind")), rs.getString("source_address"),
						rs.getString("source_label")),
				rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"),
				(superseded != null) ? superseded.toInstant() : null, rs.getObject("correction_of_id", UUID.class));
	}

	private static Map<Language, String> texts(ResultSet rs, String prefix) throws SQLException {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		for (Language language : Language.all()) {
			String text = rs.getString(prefix + language.code());
			if (text != null) {
				texts.put(language, text);
			}
		}
		return texts;
	}

}
