package org.vigie.mobilisation.events.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;

import org.vigie.mobilisation.events.Event;
import org.vigie.mobilisation.events.EventStatus;
import org.vigie.mobilisation.events.EventText;
import org.vigie.mobilisation.events.Places;
import org.vigie.mobilisation.web.ActPaths;
import org.vigie.site.Language;

/**
 * An event as the public pages show it in one language.
 *
 * @param event the event
 * @param text its text in the language
 * @param path its address
 * @param when its date and times, worded
 * @param isoDate its start date (for {@code <time datetime>})
 * @param paragraphs its description, paragraph by paragraph
 * @param places how full it is ({@code null} for past events)
 * @param open whether it takes registrations now
 * @param cancelled whether it was called off
 * @param report the address of its news report in the language, or {@code null}
 */
record EventView(Event event, EventText text, String path, String when, String isoDate, List<String> paragraphs,
		Places places, boolean open, boolean cancelled, String report) {

	static EventView of(Event event, Language language, Places places, Instant now, ZoneId zone) {
		EventText text = event.text(language);
		DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language.locale());
		DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language.locale());
		var starts = event.startsAt().withZoneSameInstant(zone);
		var ends = event.endsAt().withZoneSameInstant(zone);
		String when = starts.toLocalDate().equals(ends.toLocalDate())
				? day.format(starts) + ", " + time.format(starts) + " – " + time.format(ends)
				: day.format(starts) + ", " + time.format(starts) + " – " + day.format(ends) + ", " + time.format(ends);
		List<String> paragraphs = Arrays.stream(text.body().split("\\n\\s*\\n"))
			.map(String::strip)
			.filter((p) -> !p.isEmpty())
			.toList();
		return new EventView(event, text, ActPaths.agenda(language) + "/" + text.slug(), when,
				starts.toLocalDate().toString(), paragraphs, places, event.open(now) && !event.past(now),
				event.status() == EventStatus.CANCELLED, event.report(language));
	}

}
