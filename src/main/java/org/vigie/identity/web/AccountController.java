package org.vigie.identity.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffPrincipal;
import org.vigie.site.Language;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A staff member's own account: the language of their back-office and their password.
 */
@Controller
@RequestMapping("/admin/account")
class AccountController {

	private final StaffAccounts accounts;

	private final PasswordRules rules;

	AccountController(StaffAccounts accounts, PasswordRules rules) {
		this.accounts = accounts;
		this.rules = rules;
	}

	@GetMapping
	String page(@RequestParam(required = false) String done, Model model) {
		model.addAttribute("done", (done != null && done.matches("[a-z]{1,20}")) ? done : null);
		model.addAttribute("problems", Map.of());
		return "identity/account";
	}

	@PostMapping("/language")
	String language(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String language,
			HttpServletRequest request) {
		Language chosen = Language.fromCode(language).orElse(me.language());
		this.accounts.chooseLanguage(me.id(), chosen);
		SecondFactorGate.hold(new StaffPrincipal(me.id(), me.email(), me.displayName(), chosen, me.passwordHash(),
				me.enabled(), me.lockedUntil(), me.authorities(), me.sessionGeneration()), request);
		return "redirect:/admin/account?done=language";
	}

	@PostMapping("/password")
	String password(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String current,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String passwordAgain,
			HttpServletRequest request, Model model) throws ServletException {
		Map<String, String> problems = new LinkedHashMap<>(
				new SetupForm("", me.email(), "x", password, passwordAgain, "fr").problems(this.rules));
		if (problems.isEmpty()) {
			int generation = this.accounts.changePassword(me.id(), current, password);
			if (generation >= 0) {
				SecondFactorGate.renewed(request.getSession(), generation);
				request.changeSessionId();
				return "redirect:/admin/account?done=password";
			}
			if (this.accounts.isLocked(me.email())) {
				// Guessing the current password from a session counts as failed sign-ins.
				request.logout();
				request.getSession().invalidate();
				return "redirect:/admin/login?error=bad";
			}
			problems.put("current", "account.error.current");
		}
		model.addAttribute("problems", problems);
		return "identity/account";
	}

}
