package org.vigie.mobilisation.workshops.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
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
import org.vigie.identity.FormTokens;
import org.vigie.mobilisation.web.ActionForms;
import org.vigie.mobilisation.web.ActionThrottle;
import org.vigie.mobilisation.web.MobilisationPages;
import org.vigie.mobilisation.workshops.EvaluationForm;
import org.vigie.mobilisation.workshops.Evaluations;
import org.vigie.mobilisation.workshops.WorkshopPaths;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SameOrigin;

/**
 * The evaluation form an organisation is sent once its workshop took place. Opening the
 * link changes nothing; the answer is recorded once (a second one is thanked and
 * ignored); a forged link answers 404.
 */
@Controller
class EvaluationController {

	private final Evaluations evaluations;

	private final ActionForms tokens;

	private final ActionThrottle throttle;

	private final MessageSource messages;

	private final Clock clock;

	EvaluationController(Evaluations evaluations, ActionForms tokens, ActionThrottle throttle, MessageSource messages,
			Clock clock) {
		this.evaluations = evaluations;
		this.tokens = tokens;
		this.throttle = throttle;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping({ "/fr/ateliers/evaluation/{token}", "/nl/workshops/evaluatie/{token}",
			"/en/workshops/evaluation/{token}" })
	String show(Language language, @PathVariable String token, HttpServletResponse response, Model model) {
		Optional<UUID> request = this.evaluations.request(token);
		if (request.isEmpty()) {
			return unknown(language, token, response, model);
		}
		if (this.evaluations.answered(request.get())) {
			return thanks(language, token, model);
		}
		return form(language, token, request.get(), EvaluationForm.empty(), null, model);
	}

	@PostMapping({ "/fr/ateliers/evaluation/{token}", "/nl/workshops/evaluatie/{token}",
			"/en/workshops/evaluation/{token}" })
	String answer(Language language, @PathVariable String token, @RequestParam Map<String, String> sent,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<UUID> requestId = this.evaluations.request(token);
		if (requestId.isEmpty()) {
			return unknown(language, token, response, model);
		}
		if (!SameOrigin.sentFromHere(request)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return form(language, token, requestId.get(), EvaluationForm.empty(), "mobilisation.problem.origin", model);
		}
		Instant now = this.clock.instant();
		FormTokens.Problem problem = this.tokens.check(sent.get("token"), scope(requestId.get()), now, true);
		if (problem != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(language, token, requestId.get(), EvaluationForm.empty(),
					"mobilisation.problem.token." + problem.name(), model);
		}
		if (!this.throttle.allowForm(request)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return form(language, token, requestId.get(), EvaluationForm.empty(), "mobilisation.problem.tooMany",
					model);
		}
		EvaluationForm form = EvaluationForm.read(sent);
		if (!form.errors().isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return form(language, token, requestId.get(), form, "mobilisation.workshops.problem.fields", model);
		}
		this.evaluations.answer(requestId.get(), form.answer(), now);
		return "redirect:" + WorkshopPaths.evaluation(language, token);
	}

	private String form(Language language, String token, UUID requestId, EvaluationForm form, String problem,
			Model model) {
		page(language, token, model);
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		model.addAttribute("token", this.tokens.issue(scope(requestId), this.clock.instant()));
		model.addAttribute("action", WorkshopPaths.evaluation(language, token));
		return "mobilisation/workshops/evaluation";
	}

	private String thanks(Language language, String token, Model model) {
		page(language, token, model);
		model.addAttribute("title", "mobilisation.workshops.evaluation.title");
		model.addAttribute("lead", "mobilisation.workshops.evaluation.thanks");
		return "mobilisation/workshops/done";
	}

	private String unknown(Language language, String token, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		page(language, token, model);
		model.addAttribute("title", "mobilisation.workshops.evaluation.title");
		model.addAttribute("lead", "mobilisation.workshops.evaluation.unknown");
		return "mobilisation/workshops/done";
	}

	private void page(Language language, String token, Model model) {
		MobilisationPages.page(model,
				PageMeta.of(language,
						this.messages.getMessage("mobilisation.workshops.evaluation.title", null, language.locale()),
						"", WorkshopPaths.form(language)));
		model.addAttribute("stylesheet", "/css/mobilisation-workshops.css");
	}

	private static String scope(UUID requestId) {
		return "workshop-evaluation:" + requestId;
	}

}
