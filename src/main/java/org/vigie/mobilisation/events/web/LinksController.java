package org.vigie.mobilisation.events.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.vigie.mobilisation.events.RegistrationLinks;
import org.vigie.mobilisation.events.Registrations;
import org.vigie.mobilisation.web.ActPaths;
import org.vigie.mobilisation.web.ActionThrottle;
import org.vigie.mobilisation.web.MobilisationPages;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SameOrigin;
import org.vigie.site.SiteProperties;

/**
 * The pages the links in participants' emails open: to cancel a registration
 * ({@code /fr/agenda/r/<token>}) and to accept or decline freed places
 * ({@code /fr/agenda/o/<token>}). Opening a link changes nothing (mail scanners open
 * links first); a button sends the POST that acts, and sending it again is harmless.
 */
@Controller
class LinksController {

	private final Registrations registrations;

	private final ActionThrottle throttle;

	private final MessageSource messages;

	private final SiteProperties site;

	private final Clock clock;

	LinksController(Registrations registrations, ActionThrottle throttle, MessageSource messages, SiteProperties site,
			Clock clock) {
		this.registrations = registrations;
		this.throttle = throttle;
		this.messages = messages;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping({ "/fr/agenda/r/{token}", "/nl/agenda/r/{token}", "/en/events/r/{token}" })
	String cancelPage(Language language, @PathVariable String token, HttpServletResponse response, Model model) {
		Optional<Registrations.Opened> opened = this.registrations.open(token, RegistrationLinks.Purpose.CANCEL);
		if (opened.isEmpty()) {
			return unknown(language, response, model);
		}
		page(language, opened.get(), model);
		model.addAttribute("action", ActPaths.agenda(language) + "/r/" + token);
		return "mobilisation/events/cancel";
	}

	@PostMapping({ "/fr/agenda/r/{token}", "/nl/agenda/r/{token}", "/en/events/r/{token}" })
	String cancel(Language language, @PathVariable String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String refused = refused(request, response);
		if (refused != null) {
			return problem(language, refused, model);
		}
		Instant now = this.clock.instant();
		Optional<Registrations.Outcome> outcome = this.registrations.cancel(token,
				text("mobilisation.events.cancel.button", language), language, now);
		if (outcome.isEmpty()) {
			return unknown(language, response, model);
		}
		return outcome(language, "cancel", outcome.get(), token, RegistrationLinks.Purpose.CANCEL, response, model);
	}

	@GetMapping({ "/fr/agenda/o/{token}", "/nl/agenda/o/{token}", "/en/events/o/{token}" })
	String offerPage(Language language, @PathVariable String token, HttpServletResponse response, Model model) {
		Optional<Registrations.Opened> opened = this.registrations.open(token, RegistrationLinks.Purpose.OFFER);
		if (opened.isEmpty()) {
			return unknown(language, response, model);
		}
		page(language, opened.get(), model);
		Instant until = opened.get().registration().offerExpiresAt();
		model.addAttribute("until",
				(until != null) ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
					.withLocale(language.locale())
					.format(until.atZone(this.site.timeZone())) : "");
		model.addAttribute("expired", until != null && !this.clock.instant().isBefore(until));
		model.addAttribute("accept", ActPaths.agenda(language) + "/o/" + token + "/accept");
		model.addAttribute("decline", ActPaths.agenda(language) + "/o/" + token + "/decline");
		return "mobilisation/events/offer";
	}

	@PostMapping({ "/fr/agenda/o/{token}/accept", "/nl/agenda/o/{token}/accept", "/en/events/o/{token}/accept" })
	String accept(Language language, @PathVariable String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return answer(language, token, true, request, response, model);
	}

	@PostMapping({ "/fr/agenda/o/{token}/decline", "/nl/agenda/o/{token}/decline", "/en/events/o/{token}/decline" })
	String decline(Language language, @PathVariable String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return answer(language, token, false, request, response, model);
	}

	private String answer(Language language, String token, boolean accept, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String refused = refused(request, response);
		if (refused != null) {
			return problem(language, refused, model);
		}
		Instant now = this.clock.instant();
		Optional<Registrations.Outcome> outcome = accept ? this.registrations.accept(token, now)
				: this.registrations.decline(token, now);
		if (outcome.isEmpty()) {
			return unknown(language, response, model);
		}
		return outcome(language, accept ? "accept" : "decline", outcome.get(), token, RegistrationLinks.Purpose.OFFER,
				response, model);
	}

	private String outcome(Language language, String what, Registrations.Outcome outcome, String token,
			RegistrationLinks.Purpose purpose, HttpServletResponse response, Model model) {
		this.registrations.open(token, purpose).ifPresent((opened) -> page(language, opened, model));
		if (outcome == Registrations.Outcome.EXPIRED) {
			response.setStatus(HttpStatus.GONE.value());
		}
		else if (outcome == Registrations.Outcome.NOT_AVAILABLE) {
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		model.addAttribute("outcome", "mobilisation.events.outcome." + what + "." + outcome.name());
		return "mobilisation/events/outcome";
	}

	private String refused(HttpServletRequest request, HttpServletResponse response) {
		if (!SameOrigin.sentFromHere(request)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return "mobilisation.problem.origin";
		}
		if (!this.throttle.allowForm(request)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return "mobilisation.problem.tooMany";
		}
		return null;
	}

	private String unknown(Language language, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return problem(language, "mobilisation.events.problem.link", model);
	}

	private String problem(Language language, String problem, Model model) {
		MobilisationPages.page(model,
				PageMeta.of(language, text("mobilisation.events.link.title", language), "", ActPaths.agenda(language)));
		model.addAttribute("stylesheet", AgendaController.STYLESHEET);
		model.addAttribute("problem", problem);
		return "mobilisation/events/problem";
	}

	private void page(Language language, Registrations.Opened opened, Model model) {
		MobilisationPages.page(model,
				PageMeta.of(language, text("mobilisation.events.link.title", language), "", ActPaths.agenda(language)));
		model.addAttribute("stylesheet", AgendaController.STYLESHEET);
		model.addAttribute("view",
				EventView.of(opened.event(), language, null, this.clock.instant(), this.site.timeZone()));
		model.addAttribute("registration", opened.registration());
	}

	private String text(String key, Language language) {
		return this.messages.getMessage(key, null, language.locale());
	}

}
