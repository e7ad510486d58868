package org.vigie.advocacy.watch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.vigie.advocacy.revisions.Revisions;
import org.vigie.advocacy.web.AdvocacyCache;
import org.vigie.media.MediaFile;
import org.vigie.media.MediaLibrary;
import org.vigie.media.MediaUsage;
import org.vigie.site.Language;
import org.vigie.site.PageCache;
import org.vigie.site.SitemapContributor;

/**
 * The watched files, their position papers and watched addresses. Public readers go
 * through {@link #publicFiles()} and {@link #publicFile(String)}, which never return a
 * file that is not marked public, nor its private notes' owner fields beyond the record.
 * Every save keeps a revision, tells the media library which papers the file uses and
 * evicts the advocacy pages and sitemaps after commit.
 */
@Service
public class WatchStore {

	/** The revisions' and news links' kind for a watched file. */
	public static final String KIND = "watch";

	/**
	 * Sorted for the watch list: open files by deadline (overdue first), then the rest.
	 */
	public static final Comparator<WatchedFile> BY_DEADLINE = Comparator
		.comparing((WatchedFile file) -> !file.stage().open())
		.thenComparing(WatchedFile::deadlineOn, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing((file) -> file.title(Language.EN));

	private static final String FILE_COLUMNS = "id, slug, kind, stage, reference, institution, title_fr, title_nl, "
			+ "title_en, summary_fr, summary_nl, summary_en, deadline_on, deadline_fr, deadline_nl, deadline_en, "
			+ "private_notes, shown_public, demo, updated_at, updated_by";

	private static final String SOURCE_COLUMNS = "id, file_id, address, selector, enabled, health, content_hash, "
			+ "excerpt, previous_excerpt, problem, failures, checked_at, changed_at";

	private final JdbcClient jdbc;

	private final MediaLibrary media;

	private final MediaUsage usage;

	private final Revisions revisions;

	private final AdvocacyCache cache;

	private final PageCache pages;

	WatchStore(JdbcClient jdbc, MediaLibrary media, MediaUsage usage, Revisions revisions, AdvocacyCache cache,
			PageCache pages) {
		this.jdbc = jdbc;
		this.media = media;
		this.usage = usage;
		this.revisions = revisions;
		this.cache = cache;
		this.pages = pages;
	}

	/** Every file, for the watch list, sorted {@link #BY_DEADLINE}. */
	public List<WatchedFile> all() {
		return this.jdbc.sql("select " + FILE_COLUMNS + " from advocacy_watch_file")
			.query(WatchStore::file)
			.list()
			.stream()
			.sorted(BY_DEADLINE)
			.toList();
	}

	/** The files marked public, sorted {@link #BY_DEADLINE}. */
	public List<WatchedFile> publicFiles() {
		return this.jdbc.sql("select " + FILE_COLUMNS + " from advocacy_watch_file where shown_public = true")
			.query(WatchStore::file)
			.list()
			.stream()
			.sorted(BY_DEADLINE)
			.toList();
	}

	/** A file marked public, by its slug. */
	public Optional<WatchedFile> publicFile(String slug) {
		return this.jdbc
			.sql("select " + FILE_COLUMNS + " from advocacy_watch_file where slug = ? and shown_public = true")
			.param(slug)
			.query(WatchStore::file)
			.optional();
	}

	public Optional<WatchedFile> file(UUID id) {
		return this.jdbc.sql("select " + FILE_COLUMNS + " from advocacy_watch_file where id = ?")
			.param(id)
			.query(WatchStore::file)
			.optional();
	}

	public Optional<WatchedFile> bySlug(String slug) {
		return this.jdbc.sql("select " + FILE_COLUMNS + " from advocacy_watch_file where slug = ?")
			.param(slug)
			.query(WatchStore::file)
			.optional();
	}

	/** A file's position papers, public or not. */
	public List<Paper> papers(UUID fileId) {
		return this.jdbc
			.sql("select media_id, path, file_name, shown_public from advocacy_watch_paper where file_id = ? "
					+ "order by file_name, media_id")
			.param(fileId)
			.query((rs, row) -> new Paper(rs.getLong("media_id"), rs.getString("path"), rs.getString("file_name"),
					rs.getBoolean("shown_public")))
			.list();
	}

	/** The papers shown on a public file's page (none when the file is not public). */
	public List<Paper> publicPapers(WatchedFile file) {
		return file.shownPublic() ? papers(file.id()).stream().filter(Paper::shownPublic).toList() : List.of();
	}

	/**
	 * Creates a file.
	 * @throws WatchRefused when a rule is broken or the slug is taken
	 */
	@Transactional
	public UUID create(WatchDraft draft, boolean demo, String actor, Instant now) {
		draft.check();
		if (bySlug(draft.slug()).isPresent()) {
			throw new WatchRefused("advocacy.watch.refused.slugTaken");
		}
		List<Paper> papers = resolve(draft.papers());
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into advocacy_watch_file (" + FILE_COLUMNS + ", created_at) values "
					+ "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(values(id, draft, demo, actor, now, Timestamp.from(now)))
			.update();
		writePapers(id, papers);
		this.revisions.record(KIND, id, snapshot(draft, papers), "created", actor, now);
		changed();
		return id;
	}

	/**
	 * Saves a file as the draft says.
	 * @throws WatchRefused when a rule is broken or the slug is another file's
	 */
	@Transactional
	public void update(UUID id, WatchDraft draft, String actor, Instant now) {
		draft.check();
		WatchedFile file = file(id).orElseThrow(() -> new WatchRefused("advocacy.watch.refused.missing"));
		if (bySlug(draft.slug()).filter((other) -> !other.id().equals(id)).isPresent()) {
			throw new WatchRefused("advocacy.watch.refused.slugTaken");
		}
		List<Paper> papers = resolve(draft.papers());
		List<Object> params = new ArrayList<>(
				java.util.Arrays.asList(values(id, draft, file.demo(), actor, now)).subList(1, 21));
		params.add(id);
		this.jdbc
			.sql("update advocacy_watch_file set slug = ?, kind = ?, stage = ?, reference = ?, institution = ?, "
					+ "title_fr = ?, title_nl = ?, title_en = ?, summary_fr = ?, summary_nl = ?, summary_en = ?, "
					+ "deadline_on = ?, deadline_fr = ?, deadline_nl = ?, deadline_en = ?, private_notes = ?, "
					+ "shown_public = ?, demo = ?, updated_at = ?, updated_by = ? where id = ?")
			.params(params)
			.update();
		this.jdbc.sql("delete from advocacy_watch_paper where file_id = ?").param(id).update();
		writePapers(id, papers);
		this.revisions.record(KIND, id, snapshot(draft, papers), "changed", actor, now);
		changed();
	}

	/** The media library's documents behind the draft's papers; other ids are refused. */
	private List<Paper> resolve(Map<Long, Boolean> papers) {
		List<Paper> resolved = new ArrayList<>();
		papers.forEach((mediaId, shown) -> {
			MediaFile item = this.media.find(mediaId)
				.filter((found) -> found.kind() == MediaFile.Kind.DOCUMENT)
				.orElseThrow(() -> new WatchRefused("advocacy.watch.refused.papers"));
			String name = (item.fileName().length() > 300) ? item.fileName().substring(0, 300) : item.fileName();
			resolved.add(new Paper(item.id(), item.path(), name, shown));
		});
		resolved.sort(Comparator.comparing(Paper::fileName).thenComparing(Paper::mediaId));
		return resolved;
	}

	private void writePapers(UUID id, List<Paper> papers) {
		papers.forEach((paper) -> this.jdbc
			.sql("insert into advocacy_watch_paper (file_id, media_id, path, file_name, shown_public) "
					+ "values (?, ?, ?, ?, ?)")
			.params(id, paper.mediaId(), paper.path(), paper.fileName(), paper.shownPublic())
			.update());
		this.usage.record(mediaUser(id), papers.stream().map(Paper::path).toList());
	}

	/** The name the media library shows a file's papers as used by. */
	public static String mediaUser(UUID fileId) {
		return "advocacy:watch:" + fileId;
	}

	private static Object[] values(UUID id, WatchDraft draft, boolean demo, String actor, Instant now, Object... more) {
		List<Object> values = new ArrayList<>(java.util.Arrays.asList(id, draft.slug(), draft.kind().name(),
				draft.stage().name(), draft.reference().strip(), draft.institution().strip()));
		Language.all().forEach((language) -> values.add(draft.titles().get(language).strip()));
		Language.all().forEach((language) -> values.add(draft.summaries().getOrDefault(language, "").strip()));
		values.add((draft.deadlineOn() != null) ? java.sql.Date.valueOf(draft.deadlineOn()) : null);
		Language.all().forEach((language) -> values.add(blankAsNull(draft.deadlines().get(language))));
		values.add((draft.privateNotes() != null) ? draft.privateNotes().strip() : "");
		values.add(draft.shownPublic());
		values.add(demo);
		values.add(Timestamp.from(now));
		values.add(actor);
		values.addAll(java.util.Arrays.asList(more));
		return values.toArray();
	}

	private static String blankAsNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static Map<String, Object> snapshot(WatchDraft draft, List<Paper> papers) {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("slug", draft.slug());
		snapshot.put("kind", draft.kind().name());
		snapshot.put("stage", draft.stage().name());
		snapshot.put("reference", draft.reference());
		snapshot.put("institution", draft.institution());
		Language.all().forEach((language) -> {
			snapshot.put("title_" + language.code(), draft.titles().get(language));
			snapshot.put("summary_" + language.code(), draft.summaries().getOrDefault(language, ""));
			snapshot.put("deadline_" + language.code(), draft.deadlines().getOrDefault(language, ""));
		});
		snapshot.put("deadlineOn", (draft.deadlineOn() != null) ? draft.deadlineOn().toString() : "");
		snapshot.put("privateNotes", (draft.privateNotes() != null) ? draft.privateNotes() : "");
		snapshot.put("public", draft.shownPublic());
		snapshot.put("papers",
				papers.stream().map((paper) -> paper.path() + (paper.shownPublic() ? " (public)" : "")).toList());
		return snapshot;
	}

	/** A file's watched addresses, in the order they were added. */
	public List<Source> sources(UUID fileId) {
		return this.jdbc
			.sql("select " + SOURCE_COLUMNS + " from advocacy_watch_source where file_id = ? order by created_at, id")
			.param(fileId)
			.query(WatchStore::source)
			.list();
	}

	/** The addresses the scheduled checks fetch. */
	public List<Source> enabledSources() {
		return this.jdbc
			.sql("select " + SOURCE_COLUMNS + " from advocacy_watch_source where enabled = true "
					+ "order by created_at, id")
			.query(WatchStore::source)
			.list();
	}

	public Optional<Source> source(UUID id) {
		return this.jdbc.sql("select " + SOURCE_COLUMNS + " from advocacy_watch_source where id = ?")
			.param(id)
			.query(WatchStore::source)
			.optional();
	}

	/** Every watched address with a problem or a change to look at. */
	public List<Source> alarming() {
		return this.jdbc
			.sql("select " + SOURCE_COLUMNS + " from advocacy_watch_source where health in "
					+ "('CHANGED', 'SHAPE_CHANGED', 'UNREACHABLE', 'REFUSED') order by changed_at, id")
			.query(WatchStore::source)
			.list();
	}

	/**
	 * Adds a watched address to a file.
	 * @throws WatchRefused when the address or selector is not acceptable
	 */
	@Transactional
	public UUID addSource(UUID fileId, String address, String selector, boolean enabled, Instant now) {
		SourceRules.check(address, selector);
		if (file(fileId).isEmpty()) {
			throw new WatchRefused("advocacy.watch.refused.missing");
		}
		if (sources(fileId).size() >= SourceRules.MAX_PER_FILE) {
			throw new WatchRefused("advocacy.watch.refused.sources");
		}
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into advocacy_watch_source (id, file_id, address, selector, enabled, health, failures, "
					+ "created_at) values (?, ?, ?, ?, ?, 'NEW', 0, ?)")
			.params(id, fileId, address.strip(), selector.strip(), enabled, Timestamp.from(now))
			.update();
		return id;
	}

	/** Stops watching an address (its signals go with it). */
	@Transactional
	public boolean removeSource(UUID fileId, UUID sourceId) {
		return this.jdbc.sql("delete from advocacy_watch_source where id = ? and file_id = ?")
			.params(sourceId, fileId)
			.update() == 1;
	}

	/** A staff member saw a change: the address is back to OK until the next one. */
	@Transactional
	public boolean markSeen(UUID fileId, UUID sourceId) {
		return this.jdbc
			.sql("update advocacy_watch_source set health = 'OK' where id = ? and file_id = ? "
					+ "and health = 'CHANGED'")
			.params(sourceId, fileId)
			.update() == 1;
	}

	/**
	 * Writes a check's result only if nobody wrote another since the check read the row
	 * (same health and hash), so two nodes never report the same change twice.
	 * @return whether it was written
	 */
	@Transactional
	public boolean recordCheck(Source before, Source after) {
		return this.jdbc.sql("""
				update advocacy_watch_source set health = ?, content_hash = ?, excerpt = ?, previous_excerpt = ?,
				problem = ?, failures = ?, checked_at = ?, changed_at = ?
				where id = ? and health = ? and coalesce(content_hash, '-') = ? and failures = ?""")
			.params(after.health().name(), after.contentHash(), after.excerpt(), after.previousExcerpt(),
					after.problem(), after.failures(), timestamp(after.checkedAt()), timestamp(after.changedAt()),
					before.id(), before.health().name(), (before.contentHash() != null) ? before.contentHash() : "-",
					before.failures())
			.update() == 1;
	}

	/** Keeps what a check noticed, for the watch list and the digest. */
	@Transactional
	public void signal(Source source, Health outcome, String oldExcerpt, String newExcerpt, Instant now) {
		this.jdbc
			.sql("insert into advocacy_watch_signal (id, source_id, file_id, outcome, old_excerpt, new_excerpt, "
					+ "noticed_at) values (?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), source.id(), source.fileId(), outcome.name(), oldExcerpt, newExcerpt,
					Timestamp.from(now))
			.update();
	}

	/** What the checks noticed since a moment, the oldest first. */
	public List<Signal> signalsSince(Instant since) {
		return this.jdbc
			.sql("select id, source_id, file_id, outcome, old_excerpt, new_excerpt, noticed_at "
					+ "from advocacy_watch_signal where noticed_at >= ? order by noticed_at, id")
			.param(Timestamp.from(since))
			.query((rs, row) -> new Signal(rs.getObject("id", UUID.class), rs.getObject("source_id", UUID.class),
					rs.getObject("file_id", UUID.class), Health.valueOf(rs.getString("outcome")),
					rs.getString("old_excerpt"), rs.getString("new_excerpt"),
					rs.getTimestamp("noticed_at").toInstant()))
			.list();
	}

	/** Evicts the advocacy pages and the sitemaps after commit. */
	private void changed() {
		this.cache.changed();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					WatchStore.this.pages.evictTagged(SitemapContributor.CACHE_TAG);
				}
			});
		}
		else {
			this.pages.evictTagged(SitemapContributor.CACHE_TAG);
		}
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static WatchedFile file(ResultSet rs, int row) throws SQLException {
		Map<Language, String> titles = new EnumMap<>(Language.class);
		Map<Language, String> summaries = new EnumMap<>(Language.class);
		Map<Language, String> deadlines = new EnumMap<>(Language.class);
		for (Language language : Language.all()) {
			titles.put(language, rs.getString("title_" + language.code()));
			summaries.put(language, rs.getString("summary_" + language.code()));
			String deadline = rs.getString("deadline_" + language.code());
			deadlines.put(language, (deadline != null) ? deadline : "");
		}
		return new WatchedFile(rs.getObject("id", UUID.class), rs.getString("slug"), Kind.valueOf(rs.getString("kind")),
				Stage.valueOf(rs.getString("stage")), rs.getString("reference"), rs.getString("institution"), titles,
				summaries, rs.getObject("deadline_on", LocalDate.class), deadlines, rs.getString("private_notes"),
				rs.getBoolean("shown_public"), rs.getBoolean("demo"), instant(rs, "updated_at"),
				rs.getString("updated_by"));
	}

	private static Source source(ResultSet rs, int row) throws SQLException {
		return new Source(rs.getObject("id", UUID.class), rs.getObject("file_id", UUID.class), rs.getString("address"),
				rs.getString("selector"), rs.getBoolean("enabled"), Health.valueOf(rs.getString("health")),
				rs.getString("content_hash"), rs.getString("excerpt"), rs.getString("previous_excerpt"),
				rs.getString("problem"), rs.getInt("failures"), instant(rs, "checked_at"), instant(rs, "changed_at"));
	}

}
