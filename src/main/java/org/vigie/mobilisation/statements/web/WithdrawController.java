package org.vigie.mobilisation.statements.web;

import java.time.Clock;
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
import org.springframework.web.server.ResponseStatusException;
import org.vigie.mobilisation.statements.Signatory;
import org.vigie.mobilisation.statements.Statement;
import org.vigie.mobilisation.statements.StatementPaths;
import org.vigie.mobilisation.statements.StatementStore;
import org.vigie.mobilisation.statements.Withdrawal;
import org.vigie.mobilisation.web.ActionThrottle;
import org.vigie.mobilisation.web.MobilisationPages;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SameOrigin;

/**
 * The page a signature's withdrawal link opens. Opening it changes nothing (mail scanners
 * open links); its button withdraws, with a POST from this site.
 */
@Controller("mobilisationStatementsWithdrawController")
class WithdrawController {

	private final StatementStore statements;

	private final Withdrawal withdrawal;

	private final ActionThrottle throttle;

	private final MessageSource messages;

	private final Clock clock;

	WithdrawController(StatementStore statements, Withdrawal withdrawal, ActionThrottle throttle,
			MessageSource messages, Clock clock) {
		this.statements = statements;
		this.withdrawal = withdrawal;
		this.throttle = throttle;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping({ "/fr/agir/declarations/{slug}/retrait/{key}", "/nl/in-actie/verklaringen/{slug}/intrekken/{key}",
			"/en/act/statements/{slug}/withdraw/{key}" })
	String show(Language language, @PathVariable String slug, @PathVariable String key, HttpServletResponse response,
			Model model) {
		Statement statement = statement(language, slug);
		Optional<Signatory> signature = signature(statement, key);
		page(language, statement, key, model);
		if (signature.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("problem", "mobilisation.statements.withdraw.unknown");
			return "mobilisation/statements/withdraw";
		}
		model.addAttribute("signature", signature.get());
		return "mobilisation/statements/withdraw";
	}

	@PostMapping({ "/fr/agir/declarations/{slug}/retrait/{key}", "/nl/in-actie/verklaringen/{slug}/intrekken/{key}",
			"/en/act/statements/{slug}/withdraw/{key}" })
	String withdraw(Language language, @PathVariable String slug, @PathVariable String key, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Statement statement = statement(language, slug);
		page(language, statement, key, model);
		Optional<Signatory> signature = signature(statement, key);
		String problem = null;
		if (!SameOrigin.sentFromHere(request)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			problem = "mobilisation.problem.origin";
		}
		else if (!this.throttle.allowForm(request)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			problem = "mobilisation.problem.tooMany";
		}
		else if (signature.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			problem = "mobilisation.statements.withdraw.unknown";
		}
		if (problem != null) {
			model.addAttribute("problem", problem);
			signature.ifPresent((found) -> model.addAttribute("signature", found));
			return "mobilisation/statements/withdraw";
		}
		this.withdrawal.withdraw(signature.get(), this.clock.instant());
		return "redirect:" + StatementPaths.statement(language, statement) + "?withdrawn";
	}

	private Optional<Signatory> signature(Statement statement, String key) {
		return this.withdrawal.signature(key).filter((found) -> found.statementId().equals(statement.id()));
	}

	private void page(Language language, Statement statement, String key, Model model) {
		MobilisationPages.page(model,
				PageMeta.of(language,
						this.messages.getMessage("mobilisation.statements.withdraw.title", null, language.locale()), "",
						StatementPaths.statement(language, statement)));
		model.addAttribute("stylesheet", StatementController.STYLESHEET);
		model.addAttribute("text", statement.text(language));
		model.addAttribute("path", StatementPaths.statement(language, statement));
		model.addAttribute("action", StatementPaths.withdraw(language, statement, key));
	}

	private Statement statement(Language language, String slug) {
		return this.statements.bySlug(language, slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
