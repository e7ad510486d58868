package org.vigie.mobilisation.events.checkin;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.vigie.mobilisation.events.Event;
import org.vigie.mobilisation.events.EventStore;
import org.vigie.mobilisation.events.EventText;
import org.vigie.mobilisation.events.Registration;
import org.vigie.mobilisation.events.Registrations;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff's check-in page for phones: the event's counts, a search by name, a button
 * per person; the address in a ticket's QR code opens that person with one button to
 * check them in (opening it changes nothing); the printed list as a PDF. Campaigners
 * only, in the normal staff session with its CSRF token.
 */
@Controller
class CheckInController {

	private static final String CODE = "/{code:[0-9a-f]{32}}";

	private final EventStore events;

	private final Registrations registrations;

	private final CheckInDesk desk;

	private final CheckInCodes codes;

	private final MessageSource messages;

	private final SiteProperties site;

	private final Clock clock;

	CheckInController(EventStore events, Registrations registrations, CheckInDesk desk, CheckInCodes codes,
			MessageSource messages, SiteProperties site, Clock clock) {
		this.events = events;
		this.registrations = registrations;
		this.desk = desk;
		this.codes = codes;
		this.messages = messages;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping(CheckInPaths.DESK)
	String page(@PathVariable String id, @RequestParam(required = false) String q,
			@RequestParam(required = false) String done, @RequestParam(required = false) String who, Model model) {
		Event event = event(id);
		String query = (q != null && q.length() <= 100) ? q.strip() : "";
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("event", event);
		model.addAttribute("title", title(event, locale));
		model.addAttribute("desk", CheckInPaths.desk(event.id()));
		model.addAttribute("counts", this.desk.counts(event));
		model.addAttribute("rows", this.desk.rows(event, query, locale));
		model.addAttribute("q", query);
		model.addAttribute("done", outcome(done));
		model.addAttribute("who", who(event, who));
		return "mobilisation/checkin/desk";
	}

	@GetMapping(CheckInPaths.DESK + CODE)
	String scanned(@PathVariable String id, @PathVariable String code, Model model) {
		Event event = event(id);
		Optional<Registration> found = this.codes.find(this.registrations.of(event.id()), code);
		model.addAttribute("event", event);
		model.addAttribute("title", title(event, LocaleContextHolder.getLocale()));
		model.addAttribute("desk", CheckInPaths.desk(event.id()));
		model.addAttribute("counts", this.desk.counts(event));
		model.addAttribute("found", found.orElse(null));
		model.addAttribute("code", code);
		return "mobilisation/checkin/scan";
	}

	@PostMapping(CheckInPaths.DESK + CODE)
	String checkInByCode(@PathVariable String id, @PathVariable String code) {
		Event event = event(id);
		Optional<Registration> found = this.codes.find(this.registrations.of(event.id()), code);
		if (found.isEmpty()) {
			return "redirect:" + CheckInPaths.desk(event.id()) + "?done=UNKNOWN";
		}
		return checkIn(event, found.get());
	}

	@PostMapping(CheckInPaths.DESK)
	String checkInFromList(@PathVariable String id, @RequestParam(required = false) String registration) {
		Event event = event(id);
		Optional<Registration> found = uuid(registration).flatMap(this.registrations::find)
			.filter((candidate) -> candidate.eventId().equals(event.id()));
		if (found.isEmpty()) {
			return "redirect:" + CheckInPaths.desk(event.id()) + "?done=UNKNOWN";
		}
		return checkIn(event, found.get());
	}

	@GetMapping(CheckInPaths.DESK + "/list.pdf")
	ResponseEntity<byte[]> list(@PathVariable String id) {
		Event event = event(id);
		Locale locale = LocaleContextHolder.getLocale();
		List<String> headings = List.of(text("name", locale), text("seats", locale), text("needs", locale));
		byte[] pdf = CheckInListPdf.render(title(event, locale), headings, this.desk.rows(event, "", locale),
				text("unnamed", locale));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header("Content-Disposition", "attachment; filename=\"check-in-" + event.key() + ".pdf\"")
			.body(pdf);
	}

	private String checkIn(Event event, Registration registration) {
		CheckInDesk.Outcome outcome = this.desk.checkIn(registration, this.clock.instant());
		return "redirect:" + CheckInPaths.desk(event.id()) + "?done=" + outcome.name() + "&who=" + registration.id();
	}

	private Event event(String id) {
		return uuid(id).flatMap(this.events::byId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String title(Event event, Locale locale) {
		Language language = Language.fromCode(locale.getLanguage()).orElse(Language.FR);
		EventText text = event.text(language);
		return text.title() + " – "
				+ DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
					.withLocale(language.locale())
					.format(event.startsAt().withZoneSameInstant(this.site.timeZone()));
	}

	private Registration who(Event event, String who) {
		return uuid(who).flatMap(this.registrations::find)
			.filter((registration) -> registration.eventId().equals(event.id()))
			.orElse(null);
	}

	private static CheckInDesk.Outcome outcome(String done) {
		if ("UNKNOWN".equals(done)) {
			return null;
		}
		for (CheckInDesk.Outcome outcome : CheckInDesk.Outcome.values()) {
			if (outcome.name().equals(done)) {
				return outcome;
			}
		}
		return null;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage("mobilisation.checkin." + key, null, locale);
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return (text != null && text.length() == 36) ? Optional.of(UUID.fromString(text)) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
