package org.vigie.mobilisation.events.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.content.ContentPaths;
import org.vigie.content.PublishedPosts;
import org.vigie.mobilisation.events.Event;
import org.vigie.mobilisation.events.EventDraft;
import org.vigie.mobilisation.events.EventStore;
import org.vigie.mobilisation.events.EventText;
import org.vigie.mobilisation.events.QuestionKind;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * Loads the demo events ({@code mobilisation/demo/events.yaml}) once the application is
 * ready, unless {@code vigie.demo.enabled=false}: a past morning in parliament linked to
 * the demo news post reporting on it (when the content module published it), a full study
 * morning with its waiting list, and an online talk, dated from today. An event already
 * there (same key) is left alone, so loading again changes nothing. The registrations of
 * the full event are fictitious people ({@code @example.invalid}), written straight to
 * the tables: no email is sent.
 */
@Component
class DemoEvents {

	static final String LOCATION = "mobilisation/demo/events.yaml";

	private final EventStore events;

	private final People people;

	private final JdbcClient jdbc;

	private final PublishedPosts posts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ZoneId zone;

	private final boolean enabled;

	DemoEvents(EventStore events, People people, JdbcClient jdbc, PublishedPosts posts,
			TransactionTemplate transactions, Clock clock, SiteProperties site,
			@Value("${vigie.demo.enabled:true}") boolean enabled) {
		this.events = events;
		this.people = people;
		this.jdbc = jdbc;
		this.posts = posts;
		this.transactions = transactions;
		this.clock = clock;
		this.zone = site.timeZone();
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		if (this.enabled) {
			load();
		}
	}

	/** Loads the events not there yet; the number loaded. */
	@SuppressWarnings("unchecked")
	int load() {
		Map<String, Object> file;
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			file = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int loaded = 0;
		for (Map<String, Object> entry : (List<Map<String, Object>>) file.get("events")) {
			String key = (String) entry.get("key");
			if (this.events.byKey(key).isEmpty()) {
				this.transactions.executeWithoutResult((status) -> create(entry));
				loaded++;
			}
		}
		return loaded;
	}

	@SuppressWarnings("unchecked")
	private void create(Map<String, Object> entry) {
		Instant now = this.clock.instant();
		LocalDate day = LocalDate.ofInstant(now, this.zone).plusDays(((Number) entry.get("daysFromToday")).longValue());
		ZonedDateTime starts = ZonedDateTime.of(day, LocalTime.parse((String) entry.get("starts")), this.zone);
		ZonedDateTime ends = ZonedDateTime.of(day, LocalTime.parse((String) entry.get("ends")), this.zone);
		Map<String, Map<String, String>> yamlTexts = (Map<String, Map<String, String>>) entry.get("texts");
		Map<String, String> report = (Map<String, String>) entry.get("report");
		Map<Language, EventText> texts = new EnumMap<>(Language.class);
		for (Language language : Language.all()) {
			Map<String, String> text = yamlTexts.get(language.code());
			String reportPath = (report != null) ? reportPath(report.get(language.code()), language).orElse(null)
					: null;
			texts.put(language, new EventText(text.get("slug"), text.get("title"), text.get("summary"),
					text.get("body"), reportPath));
		}
		Integer capacity = (entry.get("capacity") != null) ? ((Number) entry.get("capacity")).intValue() : null;
		Instant created = starts.toInstant().isBefore(now) ? starts.toInstant().minusSeconds(30L * 86400) : now;
		UUID id = this.events.create(new EventDraft((String) entry.get("key"), starts, ends,
				(String) entry.get("venueName"), (String) entry.get("venueAddress"), (String) entry.get("onlineUrl"),
				capacity, null, null, Event.DEFAULT_OFFER_HOURS, null, texts), created);
		int order = 0;
		for (Map<String, Object> question : (List<Map<String, Object>>) entry.getOrDefault("questions", List.of())) {
			Map<Language, String> labels = new EnumMap<>(Language.class);
			Language.all().forEach((language) -> labels.put(language, (String) question.get(language.code())));
			this.events.addQuestion(id, QuestionKind.valueOf((String) question.get("kind")), labels,
					Boolean.TRUE.equals(question.get("required")), order++, created);
		}
		int confirmed = ((Number) entry.getOrDefault("registrations", 0)).intValue();
		int waiting = ((Number) entry.getOrDefault("waiting", 0)).intValue();
		for (int n = 1; n <= confirmed + waiting; n++) {
			register(id, (String) entry.get("key"), n, (n <= confirmed) ? "CONFIRMED" : "WAITLISTED", created);
		}
	}

	/**
	 * The address of the demo news post with that slug in a language, when the content
	 * module published it (asked through content's {@link PublishedPosts}).
	 */
	private Optional<String> reportPath(String slug, Language language) {
		if (slug == null) {
			return Optional.empty();
		}
		String news = switch (language) {
			case FR -> ContentPaths.NEWS_FR;
			case NL -> ContentPaths.NEWS_NL;
			case EN -> ContentPaths.NEWS_EN;
		};
		String path = news + "/" + slug;
		return this.posts.recent(language, 100)
			.stream()
			.map(PublishedPosts.PublishedPost::path)
			.filter(path::equals)
			.findFirst();
	}

	private void register(UUID eventId, String key, int n, String status, Instant at) {
		Language language = Language.all().get(n % Language.all().size());
		EmailAddress email = EmailAddress.parse("participant-" + n + "." + key + "@example.invalid").orElseThrow();
		UUID person = this.people.person(email, language, at);
		this.jdbc.sql("""
				insert into mobilisation_events_registration (id, event_id, person_id, queue_no, display_name, seats,
					priority, language, status, registered_at, confirmed_at)
				values (?, ?, ?, ?, ?, 1, 0, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), eventId, person, n, "Participant " + n, language.code(), status,
					Timestamp.from(at.plusSeconds(n)), "CONFIRMED".equals(status) ? Timestamp.from(at) : null)
			.update();
	}

}
