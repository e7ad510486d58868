package org.vigie.mobilisation.events.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.mobilisation.events.Event;
import org.vigie.mobilisation.events.EventStore;
import org.vigie.mobilisation.events.Places;
import org.vigie.mobilisation.events.RegistrationRefused;
import org.vigie.mobilisation.events.Registrations;
import org.vigie.mobilisation.people.People;
import org.vigie.mobilisation.web.ActPaths;
import org.vigie.mobilisation.web.ActionForms;
import org.vigie.mobilisation.web.ActionThrottle;
import org.vigie.mobilisation.web.Honeypot;
import org.vigie.mobilisation.web.MobilisationPages;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SameOrigin;
import org.vigie.site.SiteProperties;

/**
 * An event's page ({@code /fr/agenda/<slug>}): what, when, where, the places left or the
 * waiting list, and the registration form with the event's own questions. The form keeps
 * no session: it carries an {@link ActionForms} token, must come from this site, has a
 * honeypot, and is throttled per client, network and event. Whatever was sent, a
 * registration that passes the checks gets the same answer ("look in your mailbox"), so
 * the page never tells whether an address had already registered; a form with any problem
 * records nothing.
 */
@Controller
class EventPageController {

	private final EventStore events;

	private final Registrations registrations;

	private final People people;

	private final ActionForms forms;

	private final ActionThrottle throttle;

	private final MessageSource messages;

	private final SiteProperties site;

	private final Clock clock;

	EventPageController(EventStore events, Registrations registrations, People people, ActionForms forms,
			ActionThrottle throttle, MessageSource messages, SiteProperties site, Clock clock) {
		this.events = events;
		this.registrations = registrations;
		this.people = people;
		this.forms = forms;
		this.throttle = throttle;
		this.messages = messages;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping({ "/fr/agenda/{slug}", "/nl/agenda/{slug}", "/en/events/{slug}" })
	String event(Language language, @PathVariable String slug, Model model) {
		Event event = event(language, slug);
		return page(language, event, RegistrationForm.empty(), null, model);
	}

	@PostMapping({ "/fr/agenda/{slug}", "/nl/agenda/{slug}", "/en/events/{slug}" })
	String register(Language language, @PathVariable String slug, @RequestParam Map<String, String> sent,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Event event = event(language, slug);
		Instant now = this.clock.instant();
		if (!SameOrigin.sentFromHere(request)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return page(language, event, RegistrationForm.empty(), "mobilisation.problem.origin", model);
		}
		ActionForms.Problem token = this.forms.check(sent.get("token"), scope(event), now, true);
		if (token != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(language, event, RegistrationForm.empty(), "mobilisation.problem.token." + token.name(), model);
		}
		if (Honeypot.tripped(sent)) {
			return sent(language, event, model);
		}
		if (!this.throttle.allowSignup(request, "event:" + event.id())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return page(language, event, RegistrationForm.empty(), "mobilisation.problem.tooMany", model);
		}
		if (!event.open(now)) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(language, event, RegistrationForm.empty(), "mobilisation.events.refused.closed", model);
		}
		RegistrationForm form = RegistrationForm.read(sent, event);
		if (!form.problems().isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(language, event, form, "mobilisation.events.problem.fields", model);
		}
		UUID person = this.people.person(form.address(), language, now);
		try {
			this.registrations.register(event.id(), person, form.address(), form.name(), form.seatCount(), language,
					form.answersByQuestion(), consentWording(language), now);
		}
		catch (RegistrationRefused ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(language, event, form, ex.getMessage(), model);
		}
		return sent(language, event, model);
	}

	/** The exact sentence shown beside the consent box, in a language. */
	String consentWording(Language language) {
		return this.messages.getMessage("mobilisation.events.consent", null, language.locale());
	}

	private String sent(Language language, Event event, Model model) {
		meta(language, event, model);
		model.addAttribute("view", EventView.of(event, language, null, this.clock.instant(), this.site.timeZone()));
		return "mobilisation/events/sent";
	}

	private String page(Language language, Event event, RegistrationForm form, String problem, Model model) {
		Instant now = this.clock.instant();
		Places places = this.registrations.places(event);
		EventView view = EventView.of(event, language, places, now, this.site.timeZone());
		meta(language, event, model);
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		model.addAttribute("token", this.forms.issue(scope(event), now));
		model.addAttribute("consentWording", consentWording(language));
		model.addAttribute("maxSeats", org.vigie.mobilisation.events.Registration.MAX_SEATS);
		return "mobilisation/events/event";
	}

	private void meta(Language language, Event event, Model model) {
		Map<Language, String> translations = new EnumMap<>(Language.class);
		Language.all()
			.forEach((other) -> translations.put(other, ActPaths.agenda(other) + "/" + event.text(other).slug()));
		String path = translations.get(language);
		PageMeta meta = new PageMeta(language, event.text(language).title(), event.text(language).summary(), path,
				translations,
				List.of(new PageMeta.Crumb(text("mobilisation.events.agenda.title", language),
						ActPaths.agenda(language)), new PageMeta.Crumb(event.text(language).title(), path)),
				"website", null, List.of(jsonLd(language, event, path)), null);
		MobilisationPages.page(model, meta);
		model.addAttribute("stylesheet", AgendaController.STYLESHEET);
	}

	/** The schema.org description of an event, for search engines and calendars. */
	private Map<String, Object> jsonLd(Language language, Event event, String path) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "Event");
		data.put("name", event.text(language).title());
		data.put("description", event.text(language).summary());
		data.put("startDate", event.startsAt().toOffsetDateTime().toString());
		data.put("endDate", event.endsAt().toOffsetDateTime().toString());
		data.put("inLanguage", language.code());
		data.put("url", this.site.absolute(path));
		data.put("eventStatus",
				"https://schema.org/" + ((event.status() == org.vigie.mobilisation.events.EventStatus.CANCELLED)
						? "EventCancelled" : "EventScheduled"));
		String mode = (event.inPerson() && event.online()) ? "MixedEventAttendanceMode"
				: (event.online() ? "OnlineEventAttendanceMode" : "OfflineEventAttendanceMode");
		data.put("eventAttendanceMode", "https://schema.org/" + mode);
		List<Map<String, Object>> locations = new ArrayList<>();
		if (event.inPerson()) {
			Map<String, Object> address = new LinkedHashMap<>();
			address.put("@type", "PostalAddress");
			address.put("streetAddress", event.venueAddress());
			Map<String, Object> place = new LinkedHashMap<>();
			place.put("@type", "Place");
			place.put("name", event.venueName());
			place.put("address", address);
			locations.add(place);
		}
		if (event.online()) {
			Map<String, Object> virtual = new LinkedHashMap<>();
			virtual.put("@type", "VirtualLocation");
			virtual.put("url", event.onlineUrl());
			locations.add(virtual);
		}
		data.put("location", (locations.size() == 1) ? locations.get(0) : locations);
		Map<String, Object> organizer = new LinkedHashMap<>();
		organizer.put("@type", "Organization");
		organizer.put("name", this.site.name());
		organizer.put("url", this.site.absolute("/" + language.code()));
		data.put("organizer", organizer);
		Map<String, Object> offer = new LinkedHashMap<>();
		offer.put("@type", "Offer");
		offer.put("price", "0");
		offer.put("priceCurrency", "EUR");
		offer.put("url", this.site.absolute(path));
		offer.put("availability",
				"https://schema.org/" + (this.registrations.places(event).full() ? "SoldOut" : "InStock"));
		data.put("offers", offer);
		return data;
	}

	private Event event(Language language, String slug) {
		return this.events.bySlug(language, slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String scope(Event event) {
		return "event-registration:" + event.id();
	}

	private String text(String key, Language language) {
		return this.messages.getMessage(key, null, language.locale());
	}

}
