package org.vigie.mobilisation.statements.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
import org.vigie.identity.FormTokens;
import org.vigie.mobilisation.statements.OrganisationType;
import org.vigie.mobilisation.statements.SignForm;
import org.vigie.mobilisation.statements.SignatureStore;
import org.vigie.mobilisation.statements.Signing;
import org.vigie.mobilisation.statements.Statement;
import org.vigie.mobilisation.statements.StatementPaths;
import org.vigie.mobilisation.statements.StatementStore;
import org.vigie.mobilisation.web.ActionForms;
import org.vigie.mobilisation.web.ActionThrottle;
import org.vigie.mobilisation.web.Honeypot;
import org.vigie.mobilisation.web.MobilisationPages;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SameOrigin;
import org.vigie.site.SiteProperties;

/**
 * A statement's page: its text, its signatories by type with their count, and the signing
 * form. Whatever the organisation or the address, a form that passes its checks gets the
 * same answer: a confirmation email is on its way.
 */
@Controller("mobilisationStatementsStatementController")
class StatementController {

	static final String STYLESHEET = "/css/mobilisation-statements.css";

	private final StatementStore statements;

	private final SignatureStore signatures;

	private final Signing signing;

	private final ActionForms tokens;

	private final ActionThrottle throttle;

	private final MessageSource messages;

	private final SiteProperties site;

	private final Clock clock;

	StatementController(StatementStore statements, SignatureStore signatures, Signing signing, ActionForms tokens,
			ActionThrottle throttle, MessageSource messages, SiteProperties site, Clock clock) {
		this.statements = statements;
		this.signatures = signatures;
		this.signing = signing;
		this.tokens = tokens;
		this.throttle = throttle;
		this.messages = messages;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping({ "/fr/agir/declarations/{slug}", "/nl/in-actie/verklaringen/{slug}", "/en/act/statements/{slug}" })
	String show(Language language, @PathVariable String slug, @RequestParam Map<String, String> query, Model model) {
		Statement statement = statement(language, slug);
		for (String notice : List.of("signed", "confirmed", "review", "withdrawn")) {
			if (query.containsKey(notice)) {
				model.addAttribute("notice", "mobilisation.statements.notice." + notice);
			}
		}
		return page(language, statement, SignForm.empty(), null, model);
	}

	@PostMapping({ "/fr/agir/declarations/{slug}", "/nl/in-actie/verklaringen/{slug}", "/en/act/statements/{slug}" })
	String sign(Language language, @PathVariable String slug, @RequestParam Map<String, String> sent,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Statement statement = statement(language, slug);
		Instant now = this.clock.instant();
		String problem = null;
		HttpStatus status = HttpStatus.OK;
		if (!statement.open(today())) {
			problem = "mobilisation.statements.problem.closed";
			status = HttpStatus.GONE;
		}
		else if (!SameOrigin.sentFromHere(request)) {
			problem = "mobilisation.problem.origin";
			status = HttpStatus.FORBIDDEN;
		}
		else {
			FormTokens.Problem token = this.tokens.check(sent.get("token"), scope(statement), now, true);
			if (token != null) {
				problem = "mobilisation.problem.token." + token.name();
				status = HttpStatus.BAD_REQUEST;
			}
		}
		if (problem != null) {
			response.setStatus(status.value());
			return page(language, statement, SignForm.read(sent), problem, model);
		}
		if (Honeypot.tripped(sent)) {
			return "redirect:" + StatementPaths.signed(language, statement);
		}
		if (!this.throttle.allowSignup(request, scope(statement))) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return page(language, statement, SignForm.read(sent), "mobilisation.problem.tooMany", model);
		}
		SignForm form = SignForm.read(sent);
		if (!form.errors().isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(language, statement, form, "mobilisation.statements.problem.fields", model);
		}
		this.signing.sign(statement, form, text("mobilisation.statements.consent", language), language, now);
		return "redirect:" + StatementPaths.signed(language, statement);
	}

	private String page(Language language, Statement statement, SignForm form, String problem, Model model) {
		Map<Language, String> translations = new EnumMap<>(Language.class);
		Language.all().forEach((other) -> translations.put(other, StatementPaths.statement(other, statement)));
		MobilisationPages.page(model,
				PageMeta
					.of(language, statement.text(language).title(), statement.text(language).summary(),
							StatementPaths.statement(language, statement))
					.withTranslations(translations));
		model.addAttribute("stylesheet", STYLESHEET);
		model.addAttribute("statement", statement);
		model.addAttribute("text", statement.text(language));
		model.addAttribute("path", StatementPaths.statement(language, statement));
		model.addAttribute("open", statement.open(today()));
		model.addAttribute("groups", SignatoryGroup.of(this.signatures.listed(statement.id()), language.locale()));
		model.addAttribute("count", this.signatures.count(statement.id()));
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		model.addAttribute("token", this.tokens.issue(scope(statement), this.clock.instant()));
		return "mobilisation/statements/statement";
	}

	private Statement statement(Language language, String slug) {
		return this.statements.bySlug(language, slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String scope(Statement statement) {
		return "statement:" + statement.id();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.site.timeZone());
	}

	private String text(String key, Language language) {
		return this.messages.getMessage(key, null, language.locale());
	}

}
