package org.vigie.identity.web;

import java.util.Map;
import java.util.Set;

import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.Role;
import org.vigie.identity.staff.StaffAccounts;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Creation of the first administrator on a fresh install, protected by the one-time token
 * printed in the server log. Once an account exists, the page is gone.
 */
@Controller
@RequestMapping("/admin/setup")
class SetupController {

	private final SetupToken token;

	private final StaffAccounts accounts;

	private final AuditTrail audit;

	private final PasswordRules rules;

	SetupController(SetupToken token, StaffAccounts accounts, AuditTrail audit, PasswordRules rules) {
		this.rules = rules;
		this.token = token;
		this.accounts = accounts;
		this.audit = audit;
	}

	@GetMapping
	String form(Model model) {
		requireOpen();
		model.addAttribute("form", SetupForm.empty());
		model.addAttribute("problems", Map.of());
		return "identity/setup";
	}

	@PostMapping
	String create(@ModelAttribute SetupForm form, Model model) {
		synchronized (this.token) {
			requireOpen();
			Map<String, String> problems = new java.util.LinkedHashMap<>(form.problems(this.rules));
			if (!this.token.matches(form.token())) {
				problems.put("token", "setup.error.token");
			}
			if (!problems.isEmpty()) {
				model.addAttribute("form", form.withoutSecrets());
				model.addAttribute("problems", problems);
				return "identity/setup";
			}
			this.accounts.create(form.email(), form.displayName(), form.password(), form.chosenLanguage(),
					Set.of(Role.ADMINISTRATOR), "setup");
			this.audit.record(AuditAction.SETUP, "setup", form.email().strip().toLowerCase(java.util.Locale.ROOT),
					"first administrator created");
			this.token.close();
			return "redirect:/admin/login?created";
		}
	}

	private void requireOpen() {
		if (!this.token.open()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
