package org.vigie.mobilisation.events;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.vigie.site.Language;

/**
 * Events for tests: each with unique key and slugs, starting a few weeks after the test
 * clock's time at a venue in Brussels.
 */
final class TestEvents {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private TestEvents() {
	}

	/** A draft for an event with that capacity ({@code null}: no limit). */
	static EventDraft draft(Integer capacity, Instant now) {
		String key = "t-" + UUID.randomUUID().toString().substring(0, 12);
		ZonedDateTime starts = now.plus(Duration.ofDays(30)).atZone(BRUSSELS).withHour(9).withMinute(30);
		Map<Language, EventText> texts = new EnumMap<>(Language.class);
		texts.put(Language.FR, new EventText(key + "-fr", "Matinée de test " + key, "Une matinée pour les tests.",
				"On y parle de protection de l’enfance."));
		texts.put(Language.NL, new EventText(key + "-nl", "Testvoormiddag " + key, "Een voormiddag voor tests.",
				"We praten over kinderbescherming."));
		texts.put(Language.EN, new EventText(key + "-en", "Test morning " + key, "A morning for tests.",
				"We talk about child protection."));
		return new EventDraft(key, starts, starts.plusHours(3), "Parlement bruxellois",
				"Rue du Lombard 69, 1000 Bruxelles", null, capacity, null, null, Event.DEFAULT_OFFER_HOURS, null,
				texts);
	}

}
