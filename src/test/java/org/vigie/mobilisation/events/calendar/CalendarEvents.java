package org.vigie.mobilisation.events.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.vigie.mobilisation.events.Event;
import org.vigie.mobilisation.events.EventDraft;
import org.vigie.mobilisation.events.EventText;
import org.vigie.site.Language;

/**
 * Events for the calendar's, reminders' and check-in's tests: unique key and slugs, at a
 * venue in Brussels (or online), some days from the given time.
 */
public final class CalendarEvents {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private CalendarEvents() {
	}

	/** A draft starting at 18:30 (Brussels) that many days after {@code now}. */
	public static EventDraft draft(Integer capacity, Instant now, long days, String onlineUrl) {
		String key = "c-" + UUID.randomUUID().toString().substring(0, 12);
		ZonedDateTime starts = now.plus(Duration.ofDays(days))
			.atZone(BRUSSELS)
			.withHour(18)
			.withMinute(30)
			.withSecond(0)
			.withNano(0);
		Map<Language, EventText> texts = new EnumMap<>(Language.class);
		texts.put(Language.FR, new EventText(key + "-fr", "Soirée d'échange " + key, "Une soirée, des questions.",
				"Nous parlons des enfants en exil; venez nombreux."));
		texts.put(Language.NL, new EventText(key + "-nl", "Gespreksavond " + key, "Een avond met vragen.",
				"We spreken over kinderen op de vlucht."));
		texts.put(Language.EN, new EventText(key + "-en", "Evening talk " + key, "An evening of questions.",
				"We talk about children in exile."));
		return new EventDraft(key, starts, starts.plusHours(2), "Maison des associations",
				"Rue de la Paix 3, 1050 Ixelles", onlineUrl, capacity, null, null, Event.DEFAULT_OFFER_HOURS, null,
				texts);
	}

}
