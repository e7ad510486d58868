package org.vigie.mobilisation.workshops.web;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigie.identity.FormTokens;
import org.vigie.mobilisation.web.ActionForms;
import org.vigie.mobilisation.web.ActionThrottle;
import org.vigie.mobilisation.web.Honeypot;
import org.vigie.mobilisation.web.MobilisationPages;
import org.vigie.mobilisation.workshops.Choices;
import org.vigie.mobilisation.workshops.Project;
import org.vigie.mobilisation.workshops.Projects;
import org.vigie.mobilisation.workshops.RequestForm;
import org.vigie.mobilisation.workshops.RequestIntake;
import org.vigie.mobilisation.workshops.WorkshopPaths;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SameOrigin;

/**
 * The public request form. A form that was not sent from the site, carries a bad token,
 * comes too fast or too often, or has an error is shown again with the reason and changes
 * nothing; a bot's (the hidden field filled) is answered as a person's and recorded
 * nowhere; a good one leads to the same page whether or not the address was known.
 */
@Controller
class RequestController {

	static final String SCOPE = "workshop-request";

	private final Projects projects;

	private final RequestIntake intake;

	private final ActionForms tokens;

	private final ActionThrottle throttle;

	private final MessageSource messages;

	private final Clock clock;

	RequestController(Projects projects, RequestIntake intake, ActionForms tokens, ActionThrottle throttle,
			MessageSource messages, Clock clock) {
		this.projects = projects;
		this.intake = intake;
		this.tokens = tokens;
		this.throttle = throttle;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping({ "/fr/ateliers", "/nl/workshops", "/en/workshops" })
	String form(Language language, Model model) {
		return show(language, RequestForm.empty(), null, model);
	}

	@PostMapping({ "/fr/ateliers", "/nl/workshops", "/en/workshops" })
	String send(Language language, @RequestParam MultiValueMap<String, String> sent, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (!SameOrigin.sentFromHere(request)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return show(language, RequestForm.empty(), "mobilisation.problem.origin", model);
		}
		Instant now = this.clock.instant();
		FormTokens.Problem problem = this.tokens.check(sent.getFirst("token"), SCOPE, now, true);
		if (problem != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(language, RequestForm.empty(), "mobilisation.problem.token." + problem.name(), model);
		}
		if (Honeypot.tripped(sent.toSingleValueMap())) {
			return "redirect:" + WorkshopPaths.sent(language);
		}
		if (!this.throttle.allowSignup(request, SCOPE)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return show(language, RequestForm.empty(), "mobilisation.problem.tooMany", model);
		}
		RequestForm form = RequestForm.read(sent);
		Optional<Project> project = form.errors().isEmpty()
				? this.projects.byId(form.request().projectId()).filter(Project::active) : Optional.empty();
		if (!form.errors().isEmpty() || project.isEmpty()) {
			if (form.errors().isEmpty()) {
				form.errors().put("project", "choose");
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return show(language, form, "mobilisation.workshops.problem.fields", model);
		}
		this.intake.submit(form.request(), language, project.get().name(language), now);
		return "redirect:" + WorkshopPaths.sent(language);
	}

	@GetMapping({ "/fr/ateliers/demande-envoyee", "/nl/workshops/aanvraag-verzonden", "/en/workshops/request-sent" })
	String sent(Language language, Model model) {
		page(language, "mobilisation.workshops.sent.title", WorkshopPaths.sent(language), model);
		model.addAttribute("lead", "mobilisation.workshops.sent.lead");
		return "mobilisation/workshops/done";
	}

	@GetMapping({ "/fr/ateliers/demande-confirmee", "/nl/workshops/aanvraag-bevestigd",
			"/en/workshops/request-confirmed" })
	String confirmed(Language language, Model model) {
		page(language, "mobilisation.workshops.confirmed.title", WorkshopPaths.confirmed(language), model);
		model.addAttribute("lead", "mobilisation.workshops.confirmed.lead");
		return "mobilisation/workshops/done";
	}

	private String show(Language language, RequestForm form, String problem, Model model) {
		Map<Language, String> translations = new EnumMap<>(Language.class);
		Language.all().forEach((other) -> translations.put(other, WorkshopPaths.form(other)));
		MobilisationPages.page(model,
				PageMeta
					.of(language, text("mobilisation.workshops.form.title", language),
							text("mobilisation.workshops.form.description", language), WorkshopPaths.form(language))
					.withTranslations(translations));
		model.addAttribute("stylesheet", "/css/mobilisation-workshops.css");
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		model.addAttribute("token", this.tokens.issue(SCOPE, this.clock.instant()));
		model.addAttribute("projects", this.projects.active());
		model.addAttribute("language", language);
		model.addAttribute("kinds", Choices.all(Choices.Kind.class));
		model.addAttribute("regions", Choices.all(Choices.Region.class));
		model.addAttribute("ageGroups", Choices.all(Choices.AgeGroup.class));
		model.addAttribute("periods", Choices.all(Choices.Period.class));
		model.addAttribute("languages", Language.all());
		model.addAttribute("consentWording", this.intake.wording(language));
		model.addAttribute("impactPath", WorkshopPaths.impact(language));
		return "mobilisation/workshops/form";
	}

	private void page(Language language, String title, String path, Model model) {
		MobilisationPages.page(model, PageMeta.of(language, text(title, language), "", path));
		model.addAttribute("stylesheet", "/css/mobilisation-workshops.css");
		model.addAttribute("title", title);
	}

	private String text(String code, Language language) {
		return this.messages.getMessage(code, null, language.locale());
	}

}
