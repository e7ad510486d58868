package org.vigie.mobilisation.events.web;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigie.mobilisation.events.Event;
import org.vigie.mobilisation.events.EventStore;
import org.vigie.mobilisation.events.Registrations;
import org.vigie.mobilisation.web.ActPaths;
import org.vigie.mobilisation.web.MobilisationPages;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SiteProperties;

/**
 * The agenda ({@code /fr/agenda}, {@code /nl/agenda}, {@code /en/events}): the events to
 * come with their places left, a month's calendar as a table ({@code ?month=2027-07}),
 * and past events linked to their report.
 */
@Controller
class AgendaController {

	/** The agenda's own stylesheet. */
	static final String STYLESHEET = "/css/mobilisation-events.css";

	private final EventStore events;

	private final Registrations registrations;

	private final MessageSource messages;

	private final SiteProperties site;

	private final Clock clock;

	AgendaController(EventStore events, Registrations registrations, MessageSource messages, SiteProperties site,
			Clock clock) {
		this.events = events;
		this.registrations = registrations;
		this.messages = messages;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping({ "/fr/agenda", "/nl/agenda", "/en/events" })
	String agenda(Language language, @RequestParam(required = false) String month, HttpServletResponse response,
			Model model) {
		Instant now = this.clock.instant();
		YearMonth shown = YearMonth.from(now.atZone(this.site.timeZone()));
		String problem = null;
		if (month != null) {
			try {
				shown = YearMonth.parse(month);
				if (shown.getYear() < 2000 || shown.getYear() > 2100) {
					throw new DateTimeParseException("out of range", month, 0);
				}
			}
			catch (DateTimeParseException ex) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				problem = "mobilisation.events.problem.month";
				shown = YearMonth.from(now.atZone(this.site.timeZone()));
			}
		}
		Map<Language, String> translations = new EnumMap<>(Language.class);
		Language.all().forEach((other) -> translations.put(other, ActPaths.agenda(other)));
		MobilisationPages.page(model,
				PageMeta
					.of(language, text("mobilisation.events.agenda.title", language),
							text("mobilisation.events.agenda.description", language), ActPaths.agenda(language))
					.withTranslations(translations));
		model.addAttribute("stylesheet", STYLESHEET);
		model.addAttribute("upcoming",
				this.events.upcoming(now).stream().map((event) -> view(event, language, now)).toList());
		model.addAttribute("past", this.events.past(now).stream().map((event) -> view(event, language, now)).toList());
		List<EventView> inMonth = this.events.inMonth(shown)
			.stream()
			.map((event) -> view(event, language, now))
			.toList();
		model.addAttribute("month", MonthGrid.of(shown, inMonth, language, this.site.timeZone()));
		model.addAttribute("monthPath", ActPaths.agenda(language));
		model.addAttribute("problem", problem);
		return "mobilisation/events/agenda";
	}

	private EventView view(Event event, Language language, Instant now) {
		return EventView.of(event, language, event.past(now) ? null : this.registrations.places(event), now,
				this.site.timeZone());
	}

	private String text(String key, Language language) {
		return this.messages.getMessage(key, null, language.locale());
	}

}
