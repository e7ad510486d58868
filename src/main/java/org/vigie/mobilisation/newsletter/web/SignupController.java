package org.vigie.mobilisation.newsletter.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigie.identity.FormTokens;
import org.vigie.mobilisation.newsletter.NewsletterPaths;
import org.vigie.mobilisation.newsletter.NewsletterSignup;
import org.vigie.mobilisation.newsletter.NewsletterText;
import org.vigie.mobilisation.newsletter.Topics;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.web.ActionForms;
import org.vigie.mobilisation.web.ActionThrottle;
import org.vigie.mobilisation.web.Honeypot;
import org.vigie.mobilisation.web.MobilisationPages;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SameOrigin;
import org.vigie.site.SitePaths;

/**
 * Signing up to the newsletter, from the footer of any page or from the newsletter's own
 * page. Whatever the address (new, waiting, subscribed, or over its daily share of
 * confirmation emails) and when the hidden field is filled, the answer is the same "check
 * your mailbox"; a bad address, no topic, a post from another site, a forged or stale
 * token or too many sign-ups get a clear error and record nothing.
 */
@Controller
class SignupController {

	private final NewsletterSignup signup;

	private final NewsletterText text;

	private final ActionForms forms;

	private final ActionThrottle throttle;

	private final Clock clock;

	SignupController(NewsletterSignup signup, NewsletterText text, ActionForms forms, ActionThrottle throttle,
			Clock clock) {
		this.signup = signup;
		this.text = text;
		this.forms = forms;
		this.throttle = throttle;
		this.clock = clock;
	}

	@GetMapping({ "/fr/lettre", "/nl/nieuwsbrief", "/en/newsletter" })
	String page(Language language, Model model) {
		return form(language, model, null);
	}

	@PostMapping({ "/fr/lettre", "/nl/nieuwsbrief", "/en/newsletter" })
	String signUp(Language language, @RequestParam Map<String, String> sent, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Instant now = this.clock.instant();
		String problem = problem(language, sent, request, now);
		if (problem != null) {
			response.setStatus(status(problem).value());
			return form(language, model, problem);
		}
		if (Honeypot.tripped(sent)) {
			return "redirect:" + NewsletterPaths.sent(language);
		}
		if (!this.throttle.allowSignup(request, "newsletter:" + language.code())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return form(language, model, "mobilisation.problem.tooMany");
		}
		Optional<EmailAddress> email = EmailAddress.parse(sent.get("email"));
		Topics topics = Topics.from(sent);
		if (email.isEmpty() || !topics.any()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(language, model,
					email.isEmpty() ? "mobilisation.problem.email" : "mobilisation.newsletter.problem.topics");
		}
		this.signup.signUp(email.get(), language, topics, now);
		return "redirect:" + NewsletterPaths.sent(language);
	}

	@GetMapping({ "/fr/lettre/envoye", "/nl/nieuwsbrief/verzonden", "/en/newsletter/sent" })
	String sent(Language language, Model model) {
		return outcome(language, model, "mobilisation.newsletter.sent.title", "mobilisation.newsletter.sent.text");
	}

	@GetMapping({ "/fr/lettre/bienvenue", "/nl/nieuwsbrief/welkom", "/en/newsletter/welcome" })
	String welcome(Language language, Model model) {
		return outcome(language, model, "mobilisation.newsletter.welcome.title",
				"mobilisation.newsletter.welcome.text");
	}

	/** What is wrong with where the form comes from, or {@code null}. */
	private String problem(Language language, Map<String, String> sent, HttpServletRequest request, Instant now) {
		if (!SameOrigin.sentFromHere(request)) {
			return "mobilisation.problem.origin";
		}
		// The footer's form has no token (the footer is the same for everyone); the
		// page's
		// has one, and when a token is sent it must hold.
		String token = sent.get("token");
		if (token != null) {
			FormTokens.Problem refused = this.forms.check(token, scope(language), now, true);
			if (refused != null) {
				return "mobilisation.problem.token." + refused.name();
			}
		}
		return null;
	}

	private static HttpStatus status(String problem) {
		return problem.endsWith("origin") ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
	}

	private String form(Language language, Model model, String problem) {
		page(language, model, "mobilisation.newsletter.title");
		model.addAttribute("action", NewsletterPaths.signup(language));
		model.addAttribute("token", this.forms.issue(scope(language), this.clock.instant()));
		model.addAttribute("wording", this.text.consentWording(language));
		model.addAttribute("topicNames", Topics.NAMES);
		model.addAttribute("problem", problem);
		return "mobilisation/newsletter/signup";
	}

	private String outcome(Language language, Model model, String heading, String message) {
		page(language, model, heading);
		model.addAttribute("heading", heading);
		model.addAttribute("message", message);
		model.addAttribute("homePath", SitePaths.home(language));
		return "mobilisation/newsletter/sent";
	}

	private void page(Language language, Model model, String title) {
		MobilisationPages.page(model, PageMeta.of(language, this.text.text(title, language),
				this.text.text("mobilisation.newsletter.intro", language), NewsletterPaths.signup(language)));
		model.addAttribute("stylesheet", "/css/mobilisation-newsletter.css");
	}

	private static String scope(Language language) {
		return "newsletter:" + language.code();
	}

}
