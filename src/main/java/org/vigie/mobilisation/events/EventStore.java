package org.vigie.mobilisation.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * Events, their texts and questions in the database. Every change made through it adds
 * one to the event's {@link Event#sequence()}. Events are few (a few dozen a year), so
 * each read loads them afresh: a change is seen at once on every node.
 */
@Component
public class EventStore {

	private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,78}[a-z0-9]");

	private static final Pattern LINK = Pattern.compile("https://[^\\s<>\"]{3,490}");

	private static final Pattern PATH = Pattern.compile("/[a-z]{2}/[A-Za-z0-9/_.-]{1,290}");

	/** Words the agenda's addresses use beside slugs. */
	private static final java.util.Set<String> RESERVED = java.util.Set.of("r", "o");

	private final JdbcClient jdbc;

	private final ZoneId zone;

	EventStore(JdbcClient jdbc, SiteProperties site) {
		this.jdbc = jdbc;
		this.zone = site.timeZone();
	}

	/** Every event, latest first. */
	public List<Event> all() {
		Map<UUID, Map<Language, EventText>> texts = texts();
		Map<UUID, List<Question>> questions = questions();
		List<Event> events = this.jdbc.sql("select * from mobilisation_events_event order by starts_at desc")
			.query((rs, row) -> event(rs, texts, questions))
			.list();
		return events;
	}

	public Optional<Event> byId(UUID id) {
		return all().stream().filter((event) -> event.id().equals(id)).findFirst();
	}

	public Optional<Event> byKey(String key) {
		return all().stream().filter((event) -> event.key().equals(key)).findFirst();
	}

	/** The event whose address in that language ends with that slug. */
	public Optional<Event> bySlug(Language language, String slug) {
		return all().stream()
			.filter((event) -> event.text(language) != null && event.text(language).slug().equals(slug))
			.findFirst();
	}

	/** Events not yet over at that time (cancelled ones too), soonest first. */
	public List<Event> upcoming(Instant now) {
		return all().stream()
			.filter((event) -> !event.past(now))
			.sorted(Comparator.comparing(Event::startsAt))
			.toList();
	}

	/** Events over at that time and not cancelled, latest first. */
	public List<Event> past(Instant now) {
		return all().stream().filter((event) -> event.past(now) && event.status() == EventStatus.SCHEDULED).toList();
	}

	/** Events starting in that month (in the site's zone), soonest first. */
	public List<Event> inMonth(YearMonth month) {
		return all().stream()
			.filter((event) -> YearMonth.from(event.startsAt().withZoneSameInstant(this.zone)).equals(month))
			.sorted(Comparator.comparing(Event::startsAt))
			.toList();
	}

	/** Creates an event; its identifier. */
	@Transactional
	public UUID create(EventDraft draft, Instant now) {
		check(draft, null);
		UUID id = UUID.randomUUID();
		try {
			this.jdbc.sql("""
					insert into mobilisation_events_event (id, event_key, starts_at, ends_at, venue_name, venue_address,
						online_url, capacity, registration_opens_at, registration_closes_at, offer_hours, status,
						sequence_no, report_path, created_at, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', 0, ?, ?, ?)""")
				.params(id, draft.key(), ts(draft.startsAt().toInstant()), ts(draft.endsAt().toInstant()),
						draft.venueName(), draft.venueAddress(), draft.onlineUrl(), draft.capacity(),
						ts(draft.registrationOpensAt()), ts(draft.registrationClosesAt()), draft.offerHours(),
						draft.reportPath(), ts(now), ts(now))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new EventRefused("mobilisation.events.refused.key");
		}
		writeTexts(id, draft);
		return id;
	}

	/** Changes an event (not its key); one more in its sequence. */
	@Transactional
	public void update(UUID id, EventDraft draft, Instant now) {
		check(draft, id);
		int changed = this.jdbc.sql("""
				update mobilisation_events_event set starts_at = ?, ends_at = ?, venue_name = ?, venue_address = ?,
					online_url = ?, capacity = ?, registration_opens_at = ?, registration_closes_at = ?,
					offer_hours = ?, report_path = ?, sequence_no = sequence_no + 1, updated_at = ?
				where id = ?""")
			.params(ts(draft.startsAt().toInstant()), ts(draft.endsAt().toInstant()), draft.venueName(),
					draft.venueAddress(), draft.onlineUrl(), draft.capacity(), ts(draft.registrationOpensAt()),
					ts(draft.registrationClosesAt()), draft.offerHours(), draft.reportPath(), ts(now), id)
			.update();
		if (changed != 1) {
			throw new EventRefused("mobilisation.events.refused.unknown");
		}
		this.jdbc.sql("delete from mobilisation_events_text where event_id = ?").param(id).update();
		writeTexts(id, draft);
	}

	/**
	 * Calls an event off; one more in its sequence.
	 * @return whether it was scheduled until now
	 */
	@Transactional
	public boolean cancel(UUID id, Instant now) {
		return this.jdbc.sql("""
				update mobilisation_events_event set status = 'CANCELLED', sequence_no = sequence_no + 1, updated_at = ?
				where id = ? and status = 'SCHEDULED'""").params(ts(now), id).update() == 1;
	}

	/** Adds a question to an event; its identifier. */
	@Transactional
	public UUID addQuestion(UUID eventId, QuestionKind kind, Map<Language, String> labels, boolean required, int order,
			Instant now) {
		checkLabels(labels);
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into mobilisation_events_question (id, event_id, kind, label_fr, label_nl, label_en, required, sort_no)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, eventId, kind.name(), labels.get(Language.FR).strip(), labels.get(Language.NL).strip(),
					labels.get(Language.EN).strip(), required, order)
			.update();
		touch(eventId, now);
		return id;
	}

	/** Changes a question's wording, whether it is required, and its order. */
	@Transactional
	public void updateQuestion(UUID eventId, UUID questionId, Map<Language, String> labels, boolean required, int order,
			Instant now) {
		checkLabels(labels);
		this.jdbc
			.sql("""
					update mobilisation_events_question set label_fr = ?, label_nl = ?, label_en = ?, required = ?, sort_no = ?
					where id = ? and event_id = ?""")
			.params(labels.get(Language.FR).strip(), labels.get(Language.NL).strip(), labels.get(Language.EN).strip(),
					required, order, questionId, eventId)
			.update();
		touch(eventId, now);
	}

	/**
	 * Takes a question off the form; answers already given are kept with the
	 * registrations.
	 */
	@Transactional
	public void retireQuestion(UUID eventId, UUID questionId, Instant now) {
		this.jdbc.sql("update mobilisation_events_question set retired = true where id = ? and event_id = ?")
			.params(questionId, eventId)
			.update();
		touch(eventId, now);
	}

	/**
	 * Locks an event's row until the transaction ends ({@code select ... for update}):
	 * registrations and cancellations of one event are then taken one at a time, so
	 * places are never handed out twice.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public void lock(UUID eventId) {
		this.jdbc.sql("select id from mobilisation_events_event where id = ? for update")
			.param(eventId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new EventRefused("mobilisation.events.refused.unknown"));
	}

	private void touch(UUID eventId, Instant now) {
		this.jdbc.sql("update mobilisation_events_event set sequence_no = sequence_no + 1, updated_at = ? where id = ?")
			.params(ts(now), eventId)
			.update();
	}

	private void writeTexts(UUID id, EventDraft draft) {
		for (Language language : Language.all()) {
			EventText text = draft.texts().get(language);
			try {
				this.jdbc
					.sql("""
							insert into mobilisation_events_text (event_id, language, slug, title, summary, body, report_path)
							values (?, ?, ?, ?, ?, ?, ?)""")
					.params(id, language.code(), text.slug(), text.title().strip(), text.summary().strip(),
							text.body().strip(), text.reportPath())
					.update();
			}
			catch (DuplicateKeyException ex) {
				throw new EventRefused("mobilisation.events.refused.slug");
			}
		}
	}

	private void check(EventDraft draft, UUID id) {
		if (id == null && (draft.key() == null || !KEY.matcher(draft.key()).matches())) {
			throw new EventRefused("mobilisation.events.refused.key");
		}
		if (draft.startsAt() == null || draft.endsAt() == null || draft.endsAt().isBefore(draft.startsAt())) {
			throw new EventRefused("mobilisation.events.refused.dates");
		}
		boolean venue = draft.venueName() != null && !draft.venueName().isBlank();
		if (!venue && draft.onlineUrl() == null) {
			throw new EventRefused("mobilisation.events.refused.place");
		}
		if ((venue && (draft.venueName().length() > 200 || draft.venueAddress() == null
				|| draft.venueAddress().isBlank() || draft.venueAddress().length() > 500))) {
			throw new EventRefused("mobilisation.events.refused.venue");
		}
		if (draft.onlineUrl() != null && !LINK.matcher(draft.onlineUrl()).matches()) {
			throw new EventRefused("mobilisation.events.refused.online");
		}
		if (draft.capacity() != null && (draft.capacity() < 1 || draft.capacity() > 100_000)) {
			throw new EventRefused("mobilisation.events.refused.capacity");
		}
		if (draft.offerHours() < 1 || draft.offerHours() > 720) {
			throw new EventRefused("mobilisation.events.refused.offer");
		}
		if (draft.registrationOpensAt() != null && draft.registrationClosesAt() != null
				&& !draft.registrationOpensAt().isBefore(draft.registrationClosesAt())) {
			throw new EventRefused("mobilisation.events.refused.window");
		}
		if (draft.reportPath() != null && !PATH.matcher(draft.reportPath()).matches()) {
			throw new EventRefused("mobilisation.events.refused.report");
		}
		for (Language language : Language.all()) {
			EventText text = (draft.texts() != null) ? draft.texts().get(language) : null;
			if (text == null || text.slug() == null || !SLUG.matcher(text.slug()).matches()
					|| RESERVED.contains(text.slug())) {
				throw new EventRefused("mobilisation.events.refused.slug");
			}
			if (text.reportPath() != null && !PATH.matcher(text.reportPath()).matches()) {
				throw new EventRefused("mobilisation.events.refused.report");
			}
			if (blankOrLonger(text.title(), 200) || blankOrLonger(text.summary(), 600)
					|| blankOrLonger(text.body(), 20_000)) {
				throw new EventRefused("mobilisation.events.refused.text");
			}
		}
	}

	private static void checkLabels(Map<Language, String> labels) {
		for (Language language : Language.all()) {
			if (labels == null || blankOrLonger(labels.get(language), 300)) {
				throw new EventRefused("mobilisation.events.refused.question");
			}
		}
	}

	private static boolean blankOrLonger(String text, int max) {
		return text == null || text.isBlank() || text.length() > max;
	}

	private Map<UUID, Map<Language, EventText>> texts() {
		Map<UUID, Map<Language, EventText>> texts = new HashMap<>();
		this.jdbc.sql("select * from mobilisation_events_text").query((ResultSet rs) -> {
			Language language = Language.fromCode(rs.getString("language")).orElse(Language.FR);
			texts.computeIfAbsent(rs.getObject("event_id", UUID.class), (any) -> new EnumMap<>(Language.class))
				.put(language, new EventText(rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
						rs.getString("body"), rs.getString("report_path")));
		});
		return texts;
	}

	private Map<UUID, List<Question>> questions() {
		Map<UUID, List<Question>> questions = new HashMap<>();
		this.jdbc.sql("select * from mobilisation_events_question where retired = false order by sort_no, id")
			.query((ResultSet rs) -> {
				Map<Language, String> labels = new EnumMap<>(Language.class);
				labels.put(Language.FR, rs.getString("label_fr"));
				labels.put(Language.NL, rs.getString("label_nl"));
				labels.put(Language.EN, rs.getString("label_en"));
				questions.computeIfAbsent(rs.getObject("event_id", UUID.class), (any) -> new ArrayList<>())
					.add(new Question(rs.getObject("id", UUID.class), QuestionKind.valueOf(rs.getString("kind")),
							Map.copyOf(labels), rs.getBoolean("required"), rs.getInt("sort_no")));
			});
		return questions;
	}

	private Event event(ResultSet rs, Map<UUID, Map<Language, EventText>> texts, Map<UUID, List<Question>> questions)
			throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Integer capacity = (Integer) rs.getObject("capacity");
		return new Event(id, rs.getString("event_key"), zoned(rs.getTimestamp("starts_at")),
				zoned(rs.getTimestamp("ends_at")), rs.getString("venue_name"), rs.getString("venue_address"),
				rs.getString("online_url"), capacity, instant(rs.getTimestamp("registration_opens_at")),
				instant(rs.getTimestamp("registration_closes_at")), rs.getInt("offer_hours"),
				EventStatus.valueOf(rs.getString("status")), rs.getInt("sequence_no"), rs.getString("report_path"),
				Map.copyOf(texts.getOrDefault(id, Map.of())), List.copyOf(questions.getOrDefault(id, List.of())));
	}

	private ZonedDateTime zoned(Timestamp timestamp) {
		return timestamp.toInstant().atZone(this.zone);
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static Timestamp ts(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
