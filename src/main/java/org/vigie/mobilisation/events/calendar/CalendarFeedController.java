package org.vigie.mobilisation.events.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.vigie.mobilisation.events.Event;
import org.vigie.mobilisation.events.EventStore;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public calendar files: a feed per language ({@code /fr/agenda.ics},
 * {@code /nl/agenda.ics}, {@code /en/events.ics}) with the events to come and those of
 * the last {@value #RECENT_DAYS} days, and one file per event
 * ({@code /fr/agenda/<slug>.ics}). Both hold only what the agenda shows to anyone, so
 * shared caches may keep them for five minutes.
 */
@Controller
class CalendarFeedController {

	static final MediaType CALENDAR = MediaType.parseMediaType(IcsFiles.CONTENT_TYPE);

	/** How long past events stay in the feed. */
	static final int RECENT_DAYS = 90;

	private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();

	private final EventStore events;

	private final EventCalendar calendar;

	private final MessageSource messages;

	private final SiteProperties site;

	private final java.time.Clock clock;

	CalendarFeedController(EventStore events, EventCalendar calendar, MessageSource messages, SiteProperties site,
			java.time.Clock clock) {
		this.events = events;
		this.calendar = calendar;
		this.messages = messages;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping({ "/fr/agenda.ics", "/nl/agenda.ics", "/en/events.ics" })
	ResponseEntity<byte[]> feed(Language language) {
		Instant now = this.clock.instant();
		Instant recent = now.minus(Duration.ofDays(RECENT_DAYS));
		List<Event> shown = new ArrayList<>();
		this.events.past(now)
			.stream()
			.filter((event) -> event.endsAt().toInstant().isAfter(recent))
			.forEach(shown::add);
		shown.addAll(this.events.upcoming(now));
		shown.removeIf((event) -> event.text(language) == null);
		shown.sort(Comparator.comparing(Event::startsAt));
		String name = this.site.name() + " – "
				+ this.messages.getMessage("mobilisation.calendar.feed.name", null, language.locale());
		return calendarFile(this.calendar.feed(name, shown, language), null);
	}

	@GetMapping({ "/fr/agenda/{slug}.ics", "/nl/agenda/{slug}.ics", "/en/events/{slug}.ics" })
	ResponseEntity<byte[]> event(Language language, @PathVariable String slug) {
		Event event = this.events.bySlug(language, slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return calendarFile(this.calendar.file(event, language), event.text(language).slug() + ".ics");
	}

	private static ResponseEntity<byte[]> calendarFile(byte[] file, String filename) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(CALENDAR).cacheControl(FIVE_MINUTES);
		if (filename != null) {
			answer.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
		}
		return answer.body(file);
	}

}
