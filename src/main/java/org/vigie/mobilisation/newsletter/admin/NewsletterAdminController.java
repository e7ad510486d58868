package org.vigie.mobilisation.newsletter.admin;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;
import org.vigie.mobilisation.newsletter.Issue;
import org.vigie.mobilisation.newsletter.IssueComposer;
import org.vigie.mobilisation.newsletter.NewsletterIssues;
import org.vigie.mobilisation.newsletter.NewsletterMail;
import org.vigie.mobilisation.newsletter.Subscribers;
import org.vigie.notifications.Mailer;
import org.vigie.site.Language;

/**
 * The editors' newsletter pages: the issues and their progress, composing and changing a
 * draft (with its preview), a test to the editor's own address, and sending, which
 * happens once however often the button is pressed.
 */
@Controller
class NewsletterAdminController {

	static final String BASE = "/admin/newsletter";

	private final NewsletterIssues issues;

	private final IssueComposer composer;

	private final Subscribers subscriptions;

	private final NewsletterMail mail;

	private final Mailer mailer;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	NewsletterAdminController(NewsletterIssues issues, IssueComposer composer, Subscribers subscriptions,
			NewsletterMail mail, Mailer mailer, AuditTrail audit, TransactionTemplate transactions, Clock clock) {
		this.transactions = transactions;
		this.issues = issues;
		this.composer = composer;
		this.subscriptions = subscriptions;
		this.mail = mail;
		this.mailer = mailer;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping(BASE)
	String list(Model model) {
		model.addAttribute("issues", this.issues.latest(50));
		model.addAttribute("languages", Language.all());
		model.addAttribute("counts",
				Language.all().stream().map((language) -> this.subscriptions.confirmedCount(language)).toList());
		return "mobilisation/newsletter/admin/issues";
	}

	@GetMapping(BASE + "/new")
	String compose(@RequestParam(defaultValue = "fr") String language, Model model) {
		Language in = Language.fromCode(language).orElse(Language.FR);
		return form(model, in, null, IssueForm.blank(), null);
	}

	@PostMapping(BASE + "/new")
	String create(@RequestParam(defaultValue = "fr") String language, @RequestParam MultiValueMap<String, String> sent,
			HttpServletResponse response, Model model) {
		Language in = Language.fromCode(language).orElse(Language.FR);
		IssueForm form = IssueForm.from(sent);
		String body = this.composer.body(in, form.intro(), form.posts());
		String problem = (form.problem() != null) ? form.problem()
				: body.isBlank() ? "mobilisation.newsletter.admin.problem.content" : null;
		if (problem != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, in, null, form, problem);
		}
		UUID id = this.issues.create(in, form.subject(), form.intro(), form.posts(), body, form.topics(),
				this.clock.instant());
		return "redirect:" + BASE + "/" + id + "?done=saved";
	}

	@GetMapping(BASE + "/{id}")
	String show(@PathVariable UUID id, @RequestParam Optional<String> done, Model model) {
		Issue issue = issue(id);
		done.filter((key) -> key.matches("saved|tested|queued|already"))
			.ifPresent((key) -> model.addAttribute("done", "mobilisation.newsletter.admin.done." + key));
		return form(model, issue.language(), issue,
				new IssueForm(issue.subject(), issue.intro(), issue.postPaths(), issue.topics()), null);
	}

	@PostMapping(BASE + "/{id}")
	String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> sent, HttpServletResponse response,
			Model model) {
		Issue issue = issue(id);
		IssueForm form = IssueForm.from(sent);
		String body = this.composer.body(issue.language(), form.intro(), form.posts());
		String problem = (form.problem() != null) ? form.problem()
				: body.isBlank() ? "mobilisation.newsletter.admin.problem.content" : null;
		if (problem == null && !this.issues.update(id, form.subject(), form.intro(), form.posts(), body, form.topics(),
				this.clock.instant())) {
			problem = "mobilisation.newsletter.admin.problem.notDraft";
		}
		if (problem != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, issue.language(), issue, form, problem);
		}
		return "redirect:" + BASE + "/" + id + "?done=saved";
	}

	@PostMapping(BASE + "/{id}/test")
	String test(@PathVariable UUID id, @AuthenticationPrincipal StaffIdentity me) {
		Issue issue = issue(id);
		this.mailer.send(this.mail.test(issue, me.email()));
		this.audit.record(NewsletterAdminDeclarations.TESTED, me.email(), "newsletter:" + id, null);
		return "redirect:" + BASE + "/" + id + "?done=tested";
	}

	@PostMapping(BASE + "/{id}/send")
	String send(@PathVariable UUID id, @RequestParam Optional<String> confirm,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		Issue issue = issue(id);
		if (confirm.isEmpty() && issue.status() == Issue.Status.DRAFT) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, issue.language(), issue,
					new IssueForm(issue.subject(), issue.intro(), issue.postPaths(), issue.topics()),
					"mobilisation.newsletter.admin.problem.confirm");
		}
		Optional<Integer> queued = this.transactions.execute((status) -> {
			Optional<Integer> count = this.issues.queue(id, this.clock.instant());
			count.ifPresent((emails) -> this.audit.record(NewsletterAdminDeclarations.SENT, me.email(),
					"newsletter:" + id, emails + " emails"));
			return count;
		});
		return "redirect:" + BASE + "/" + id + "?done=" + (queued.isPresent() ? "queued" : "already");
	}

	private String form(Model model, Language language, Issue issue, IssueForm form, String problem) {
		model.addAttribute("language", language);
		model.addAttribute("issue", issue);
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		model.addAttribute("choices", this.composer.choices(language));
		model.addAttribute("action",
				(issue == null) ? BASE + "/new?language=" + language.code() : BASE + "/" + issue.id());
		model.addAttribute("audience", this.issues.audience(language, form.topics()));
		if (issue != null) {
			model.addAttribute("handled", this.issues.handled(issue.id()));
		}
		return "mobilisation/newsletter/admin/issue";
	}

	private Issue issue(UUID id) {
		return this.issues.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
