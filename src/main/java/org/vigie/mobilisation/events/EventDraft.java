package org.vigie.mobilisation.events;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;

import org.vigie.site.Language;

/**
 * What staff write to create or change an event (see {@link Event} for each part).
 */
public record EventDraft(String key, ZonedDateTime startsAt, ZonedDateTime endsAt, String venueName,
		String venueAddress, String onlineUrl, Integer capacity, Instant registrationOpensAt,
		Instant registrationClosesAt, int offerHours, String reportPath, Map<Language, EventText> texts) {
}
