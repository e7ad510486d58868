package org.vigie.content.admin;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.vigie.content.editing.EditProblems;
import org.vigie.content.store.Editable;
import org.vigie.site.Language;

import org.springframework.ui.Model;

/**
 * What the post and page editors share: reading the publication moment typed by an editor
 * in the site's time zone, and the model of the publication panel.
 */
final class EditorSupport {

	static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private EditorSupport() {
	}

	/** The moment typed in a {@code datetime-local} field, in the site's time zone. */
	static Instant moment(String typed, ZoneId zone) {
		if (typed == null || typed.isBlank() || typed.length() > 20) {
			throw EditProblems.of("publishAt", "edit.error.date");
		}
		try {
			return LocalDateTime.parse(typed.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeException ex) {
			throw EditProblems.of("publishAt", "edit.error.date");
		}
	}

	/** Tomorrow at 9:00, the moment the scheduling field suggests. */
	static String tomorrowMorning(Instant now, ZoneId zone) {
		LocalDate tomorrow = now.atZone(zone).toLocalDate().plusDays(1);
		return LOCAL.format(LocalDateTime.of(tomorrow, LocalTime.of(9, 0)));
	}

	static void publication(Model model, Editable item, Instant now, ZoneId zone) {
		model.addAttribute("zone", zone);
		Instant at = item.getPublication().getPublishedAt();
		model.addAttribute("publishAt",
				(at != null && at.isAfter(now)) ? LOCAL.format(at.atZone(zone)) : tomorrowMorning(now, zone));
		model.addAttribute("publishedAt", (at != null) ? at.atZone(zone).toLocalDateTime() : null);
	}

	/** The translations of an item by language, {@code null} where there is none yet. */
	static <T extends Editable> Map<Language, T> translations(List<T> family) {
		Map<Language, T> translations = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> translations.put(language, null));
		family.forEach((item) -> translations.put(item.getLanguage(), item));
		return translations;
	}

}
