package org.vigie.mobilisation.events.calendar;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vigie.mobilisation.events.Event;
import org.vigie.mobilisation.events.EventStatus;
import org.vigie.mobilisation.events.EventText;
import org.vigie.mobilisation.web.ActPaths;
import org.vigie.notifications.Attachment;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * The mobilisation's events as calendar entries in one language: the uid
 * {@code <event-id>@<site host>} and the sequence are the event's own, so every file sent
 * or downloaded about an event updates the same entry in a calendar.
 */
@Component
public class EventCalendar {

	private final IcsFiles files;

	private final SiteProperties site;

	EventCalendar(IcsFiles files, SiteProperties site) {
		this.files = files;
		this.site = site;
	}

	/** An event in a language, called off when the event is. */
	public CalendarEntry entry(Event event, Language language) {
		EventText text = event.text(language);
		List<String> place = new ArrayList<>();
		if (event.venueName() != null) {
			place.add(event.venueName());
		}
		if (event.venueAddress() != null && !event.venueAddress().isBlank()) {
			place.add(event.venueAddress());
		}
		String description = (text.summary() == null || text.summary().isBlank()) ? text.body()
				: text.summary() + "\n\n" + text.body();
		return new CalendarEntry(event.id() + "@" + this.files.host(), event.sequence(), event.startsAt(),
				event.endsAt(), text.title(), description, place.isEmpty() ? null : String.join(", ", place),
				link(event.onlineUrl()), URI.create(this.site.absolute(page(event, language))),
				event.status() == EventStatus.CANCELLED);
	}

	/**
	 * The calendar file to send with an email about a registration: the event as it
	 * stands, or its removal ({@code METHOD:CANCEL}) when the event or the registration
	 * is called off.
	 * @param registrationCancelled whether the person's registration no longer holds
	 */
	public Attachment attachment(Event event, Language language, boolean registrationCancelled) {
		CalendarEntry entry = entry(event, language);
		if (registrationCancelled && !entry.cancelled()) {
			entry = entry.calledOff();
		}
		return this.files.attachment(entry, event.text(language).slug() + ".ics");
	}

	/** An event's own file, as its page's calendar link downloads it. */
	public byte[] file(Event event, Language language) {
		return this.files.single(entry(event, language));
	}

	/** The feed of a language. */
	public byte[] feed(String name, List<Event> events, Language language) {
		return this.files.feed(name, events.stream().map((event) -> entry(event, language)).toList());
	}

	/** The address of an event's page. */
	static String page(Event event, Language language) {
		return ActPaths.agenda(language) + "/" + event.text(language).slug();
	}

	/**
	 * The address of a language's feed: {@code /fr/agenda.ics}, {@code /en/events.ics}.
	 */
	public static String feedPath(Language language) {
		return ActPaths.agenda(language) + ".ics";
	}

	/** The address of an event's own file: {@code /fr/agenda/<slug>.ics}. */
	public static String filePath(Event event, Language language) {
		return page(event, language) + ".ics";
	}

	private static URI link(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(url.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("https") || scheme.equals("http")) ? uri : null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
