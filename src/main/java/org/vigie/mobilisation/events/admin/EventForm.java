package org.vigie.mobilisation.events.admin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;

import org.vigie.mobilisation.events.Event;
import org.vigie.mobilisation.events.EventDraft;
import org.vigie.mobilisation.events.EventRefused;
import org.vigie.mobilisation.events.EventText;
import org.vigie.site.FormValues;
import org.vigie.site.Language;

/**
 * An event's back-office form as typed: dates as {@code 2027-07-01T09:30} in
 * Europe/Brussels, empty fields for what is optional.
 */
record EventForm(String key, String startsAt, String endsAt, String venueName, String venueAddress, String onlineUrl,
		String capacity, String opensAt, String closesAt, String offerHours, String reportPath,
		Map<Language, EventText> texts) {

	static EventForm empty() {
		Map<Language, EventText> texts = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> texts.put(language, new EventText("", "", "", "")));
		return new EventForm("", "", "", "", "", "", "", "", "", String.valueOf(Event.DEFAULT_OFFER_HOURS), "", texts);
	}

	static EventForm of(Event event, ZoneId zone) {
		return new EventForm(event.key(), local(event.startsAt().toInstant(), zone),
				local(event.endsAt().toInstant(), zone), orEmpty(event.venueName()), orEmpty(event.venueAddress()),
				orEmpty(event.onlineUrl()), (event.capacity() != null) ? event.capacity().toString() : "",
				local(event.registrationOpensAt(), zone), local(event.registrationClosesAt(), zone),
				String.valueOf(event.offerHours()), orEmpty(event.reportPath()), event.texts());
	}

	static EventForm from(Map<String, String> fields, String key) {
		FormValues values = new FormValues(fields, 21_000);
		Map<Language, EventText> texts = new EnumMap<>(Language.class);
		for (Language language : Language.all()) {
			String code = language.code();
			String report = values.text("report_" + code);
			texts.put(language, new EventText(values.text("slug_" + code), values.text("title_" + code),
					values.text("summary_" + code), values.text("body_" + code), report.isEmpty() ? null : report));
		}
		return new EventForm((key != null) ? key : values.text("key"), values.text("startsAt"), values.text("endsAt"),
				values.text("venueName"), values.text("venueAddress"), values.text("onlineUrl"),
				values.text("capacity"), values.text("opensAt"), values.text("closesAt"), values.text("offerHours"),
				values.text("reportPath"), texts);
	}

	/** The draft this form describes; refused when a date or number does not read. */
	EventDraft draft(ZoneId zone) {
		ZonedDateTime starts = zoned(this.startsAt, zone, "mobilisation.events.refused.dates");
		ZonedDateTime ends = zoned(this.endsAt, zone, "mobilisation.events.refused.dates");
		Integer places = this.capacity.isEmpty() ? null : number(this.capacity, "mobilisation.events.refused.capacity");
		int hours = number(this.offerHours, "mobilisation.events.refused.offer");
		Instant opens = this.opensAt.isEmpty() ? null
				: zoned(this.opensAt, zone, "mobilisation.events.refused.window").toInstant();
		Instant closes = this.closesAt.isEmpty() ? null
				: zoned(this.closesAt, zone, "mobilisation.events.refused.window").toInstant();
		return new EventDraft(this.key, starts, ends, blankToNull(this.venueName), blankToNull(this.venueAddress),
				blankToNull(this.onlineUrl), places, opens, closes, hours, blankToNull(this.reportPath), this.texts);
	}

	private static ZonedDateTime zoned(String text, ZoneId zone, String problem) {
		try {
			return LocalDateTime.parse(text).atZone(zone);
		}
		catch (DateTimeParseException ex) {
			throw new EventRefused(problem);
		}
	}

	private static int number(String text, String problem) {
		if (!text.matches("[0-9]{1,7}")) {
			throw new EventRefused(problem);
		}
		return Integer.parseInt(text);
	}

	private static String local(Instant instant, ZoneId zone) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, zone).toString() : "";
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}

}
