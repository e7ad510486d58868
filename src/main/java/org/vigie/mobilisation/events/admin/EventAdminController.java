package org.vigie.mobilisation.events.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;
import org.vigie.mobilisation.events.Event;
import org.vigie.mobilisation.events.EventRefused;
import org.vigie.mobilisation.events.EventStore;
import org.vigie.mobilisation.events.EventsAudit;
import org.vigie.mobilisation.events.QuestionKind;
import org.vigie.mobilisation.events.Registration;
import org.vigie.mobilisation.events.Registrations;
import org.vigie.mobilisation.web.ActPaths;
import org.vigie.site.FormValues;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * The events in the back-office ({@code /admin/mobilisation/events}, for campaigners):
 * the list with each event's places, the form to create or change one (texts in the three
 * languages side by side), its questions, its registrations by status, and calling it
 * off. Every change is in the audit trail; a refused form comes back as typed with the
 * reason, and nothing is stored.
 */
@Controller
class EventAdminController {

	static final String BASE = "/admin/mobilisation/events";

	private final EventStore events;

	private final Registrations registrations;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final SiteProperties site;

	private final Clock clock;

	EventAdminController(EventStore events, Registrations registrations, AuditTrail audit,
			TransactionTemplate transactions, SiteProperties site, Clock clock) {
		this.events = events;
		this.registrations = registrations;
		this.audit = audit;
		this.transactions = transactions;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping(BASE)
	String list(@AuthenticationPrincipal StaffIdentity me, Model model) {
		model.addAttribute("rows",
				this.events.all()
					.stream()
					.map((event) -> new Row(event, event.text(me.language()).title(), this.registrations.places(event)))
					.toList());
		return "mobilisation/events/admin/list";
	}

	@GetMapping(BASE + "/new")
	String newEvent(@AuthenticationPrincipal StaffIdentity me, Model model) {
		return form(null, EventForm.empty(), null, me, model);
	}

	@PostMapping(BASE + "/new")
	String create(@RequestParam Map<String, String> fields, @AuthenticationPrincipal StaffIdentity me,
			HttpServletResponse response, Model model) {
		EventForm form = EventForm.from(fields, null);
		try {
			UUID id = this.transactions.execute((status) -> {
				UUID created = this.events.create(form.draft(this.site.timeZone()), this.clock.instant());
				this.audit.record(EventsAudit.EVENT_SAVED, me.email(), "event:" + form.key(), "created");
				return created;
			});
			return "redirect:" + BASE + "/" + id + "?done=saved";
		}
		catch (EventRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(null, form, refused.getMessage(), me, model);
		}
	}

	@GetMapping(BASE + "/{id}")
	String edit(@PathVariable String id, @RequestParam(required = false) String done,
			@AuthenticationPrincipal StaffIdentity me, Model model) {
		Event event = event(id);
		model.addAttribute("done",
				"saved".equals(done) || "cancelled".equals(done) || "question".equals(done) || "priority".equals(done)
						? "mobilisation.events.admin.done." + done : null);
		return form(event, EventForm.of(event, this.site.timeZone()), null, me, model);
	}

	@PostMapping(BASE + "/{id}")
	String update(@PathVariable String id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		Event event = event(id);
		EventForm form = EventForm.from(fields, event.key());
		try {
			Instant now = this.clock.instant();
			this.transactions.executeWithoutResult((status) -> {
				this.events.update(event.id(), form.draft(this.site.timeZone()), now);
				this.audit.record(EventsAudit.EVENT_SAVED, me.email(), "event:" + event.key(), "changed");
			});
			this.registrations.reallocate(event.id(), now);
			return "redirect:" + BASE + "/" + event.id() + "?done=saved";
		}
		catch (EventRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(event, form, refused.getMessage(), me, model);
		}
	}

	@PostMapping(BASE + "/{id}/cancel")
	String cancel(@PathVariable String id, @AuthenticationPrincipal StaffIdentity me) {
		Event event = event(id);
		this.transactions.executeWithoutResult((status) -> {
			if (this.registrations.cancelEvent(event.id(), this.clock.instant())) {
				this.audit.record(EventsAudit.EVENT_CANCELLED, me.email(), "event:" + event.key(), "called off");
			}
		});
		return "redirect:" + BASE + "/" + event.id() + "?done=cancelled";
	}

	@PostMapping(BASE + "/{id}/questions")
	String addQuestion(@PathVariable String id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		Event event = event(id);
		FormValues values = new FormValues(fields, 400);
		Optional<QuestionKind> kind = kind(values.text("kind"));
		try {
			Map<Language, String> labels = labels(values);
			int order = order(values.text("order"));
			this.transactions.executeWithoutResult((status) -> {
				this.events.addQuestion(event.id(),
						kind.orElseThrow(() -> new EventRefused("mobilisation.events.refused.question")), labels,
						values.ticked("required"), order, this.clock.instant());
				this.audit.record(EventsAudit.QUESTION_SAVED, me.email(), "event:" + event.key(), "question added");
			});
			return "redirect:" + BASE + "/" + event.id() + "?done=question";
		}
		catch (EventRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(event, EventForm.of(event, this.site.timeZone()), refused.getMessage(), me, model);
		}
	}

	@PostMapping(BASE + "/{id}/questions/{questionId}")
	String changeQuestion(@PathVariable String id, @PathVariable String questionId,
			@RequestParam Map<String, String> fields, @AuthenticationPrincipal StaffIdentity me,
			HttpServletResponse response, Model model) {
		Event event = event(id);
		UUID question = uuid(questionId).filter((q) -> event.question(q).isPresent())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		FormValues values = new FormValues(fields, 400);
		try {
			if (values.ticked("retire")) {
				this.transactions.executeWithoutResult((status) -> {
					this.events.retireQuestion(event.id(), question, this.clock.instant());
					this.audit.record(EventsAudit.QUESTION_SAVED, me.email(), "event:" + event.key(),
							"question retired");
				});
			}
			else {
				Map<Language, String> labels = labels(values);
				int order = order(values.text("order"));
				this.transactions.executeWithoutResult((status) -> {
					this.events.updateQuestion(event.id(), question, labels, values.ticked("required"), order,
							this.clock.instant());
					this.audit.record(EventsAudit.QUESTION_SAVED, me.email(), "event:" + event.key(),
							"question changed");
				});
			}
			return "redirect:" + BASE + "/" + event.id() + "?done=question";
		}
		catch (EventRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(event, EventForm.of(event, this.site.timeZone()), refused.getMessage(), me, model);
		}
	}

	@PostMapping(BASE + "/{id}/registrations/{registrationId}/priority")
	String prioritise(@PathVariable String id, @PathVariable String registrationId,
			@RequestParam(defaultValue = "") String priority, @AuthenticationPrincipal StaffIdentity me) {
		Event event = event(id);
		Registration registration = uuid(registrationId).flatMap(this.registrations::find)
			.filter((r) -> r.eventId().equals(event.id()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!priority.matches("[0-9]")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		this.transactions.executeWithoutResult((status) -> {
			this.registrations.prioritise(registration.id(), Integer.parseInt(priority), this.clock.instant());
			this.audit.record(EventsAudit.PRIORITY_SET, me.email(), "registration:" + registration.id(),
					"priority " + priority);
		});
		return "redirect:" + BASE + "/" + event.id() + "?done=priority";
	}

	private String form(Event event, EventForm form, String problem, StaffIdentity me, Model model) {
		Language language = me.language();
		model.addAttribute("event", event);
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		model.addAttribute("languages", Language.all());
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("action", (event != null) ? BASE + "/" + event.id() : BASE + "/new");
		model.addAttribute("title", (event != null) ? event.text(language).title() : null);
		if (event != null) {
			List<Registration> all = this.registrations.of(event.id());
			model.addAttribute("registrations", all);
			model.addAttribute("places", this.registrations.places(event));
			model.addAttribute("checkedIn", all.stream().filter((r) -> r.checkedInAt() != null).count());
			model.addAttribute("publicPath", ActPaths.agenda(language) + "/" + event.text(language).slug());
		}
		return "mobilisation/events/admin/event";
	}

	private Event event(String id) {
		return uuid(id).flatMap(this.events::byId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Map<Language, String> labels(FormValues values) {
		Map<Language, String> labels = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> labels.put(language, values.text("label_" + language.code())));
		return labels;
	}

	private static int order(String text) {
		if (text.isEmpty()) {
			return 0;
		}
		if (!text.matches("[0-9]{1,3}")) {
			throw new EventRefused("mobilisation.events.refused.question");
		}
		return Integer.parseInt(text);
	}

	private static Optional<QuestionKind> kind(String text) {
		try {
			return Optional.of(QuestionKind.valueOf(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * One event in the list.
	 *
	 * @param event the event
	 * @param title its title in the staff member's language
	 * @param places how full it is
	 */
	record Row(Event event, String title, org.vigie.mobilisation.events.Places places) {
	}

}
