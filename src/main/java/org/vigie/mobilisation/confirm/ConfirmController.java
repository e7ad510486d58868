package org.vigie.mobilisation.confirm;

import java.time.Clock;
import java.time.Instant;
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
import org.vigie.mobilisation.web.ActPaths;
import org.vigie.mobilisation.web.ActionThrottle;
import org.vigie.mobilisation.web.MobilisationPages;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SameOrigin;

/**
 * The page a confirmation link opens. Opening it changes nothing, so a mail scanner that
 * follows the link spends nothing; the page confirms with a POST, sent by a small script
 * at once or by the person's click when scripts are off. Confirming again is harmless and
 * leads to the same place.
 */
@Controller
class ConfirmController {

	private final Confirmations confirmations;

	private final ActionThrottle throttle;

	private final MessageSource messages;

	private final Clock clock;

	ConfirmController(Confirmations confirmations, ActionThrottle throttle, MessageSource messages, Clock clock) {
		this.confirmations = confirmations;
		this.throttle = throttle;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping({ "/fr/agir/confirmer/{token}", "/nl/in-actie/bevestigen/{token}", "/en/act/confirm/{token}" })
	String show(Language language, @PathVariable String token, HttpServletResponse response, Model model) {
		Instant now = this.clock.instant();
		Optional<Confirmation> found = this.confirmations.find(token);
		page(language, token, model);
		if (found.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("problem", "mobilisation.confirm.problem.unknown");
			return "mobilisation/confirm/problem";
		}
		if (found.get().expired(now)) {
			response.setStatus(HttpStatus.GONE.value());
			model.addAttribute("problem", "mobilisation.confirm.problem.expired");
			return "mobilisation/confirm/problem";
		}
		model.addAttribute("what", this.confirmations.describe(found.get(), language));
		model.addAttribute("again", found.get().confirmedAt() != null);
		return "mobilisation/confirm/confirm";
	}

	@PostMapping({ "/fr/agir/confirmer/{token}", "/nl/in-actie/bevestigen/{token}", "/en/act/confirm/{token}" })
	String confirm(Language language, @PathVariable String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		page(language, token, model);
		if (!SameOrigin.sentFromHere(request)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("problem", "mobilisation.confirm.problem.origin");
			return "mobilisation/confirm/problem";
		}
		if (!this.throttle.allowForm(request)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("problem", "mobilisation.problem.tooMany");
			return "mobilisation/confirm/problem";
		}
		Instant now = this.clock.instant();
		Optional<String> next = this.confirmations.confirm(token, now);
		if (next.isEmpty()) {
			boolean known = this.confirmations.find(token).isPresent();
			response.setStatus(known ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
			model.addAttribute("problem",
					known ? "mobilisation.confirm.problem.expired" : "mobilisation.confirm.problem.unknown");
			return "mobilisation/confirm/problem";
		}
		return "redirect:" + next.get();
	}

	private void page(Language language, String token, Model model) {
		MobilisationPages.page(model,
				PageMeta.of(language, this.messages.getMessage("mobilisation.confirm.title", null, language.locale()),
						"", ActPaths.act(language)));
		model.addAttribute("action", ActPaths.confirm(language, token));
	}

}
