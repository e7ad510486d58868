package org.vigie.identity.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.vigie.identity.staff.PasswordResets;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Forgotten passwords, and signing out of every device.
 */
@Controller
class PasswordResetController {

	private final PasswordResets resets;

	private final StaffAccounts accounts;

	private final PasswordRules rules;

	PasswordResetController(PasswordResets resets, StaffAccounts accounts, PasswordRules rules) {
		this.rules = rules;
		this.resets = resets;
		this.accounts = accounts;
	}

	@GetMapping("/admin/password-reset")
	String request() {
		return "identity/reset-request";
	}

	@PostMapping("/admin/password-reset")
	String send(@RequestParam(defaultValue = "") String email, Model model) {
		if (email.length() <= 320 && !email.isBlank()) {
			this.resets.request(email);
		}
		model.addAttribute("sent", true);
		return "identity/reset-request";
	}

	@GetMapping("/admin/password-reset/new")
	String form(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		if (!this.resets.isOpen(token)) {
			return gone(response);
		}
		model.addAttribute("token", token);
		model.addAttribute("problems", Map.of());
		return "identity/reset-password";
	}

	@PostMapping("/admin/password-reset/new")
	String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String passwordAgain, Model model, HttpServletResponse response) {
		if (!this.resets.isOpen(token)) {
			return gone(response);
		}
		Map<String, String> problems = new SetupForm(token, this.resets.email(token).orElse(""), "x", password,
				passwordAgain, "fr")
			.problems(this.rules);
		if (!problems.isEmpty()) {
			model.addAttribute("token", token);
			model.addAttribute("problems", problems);
			return "identity/reset-password";
		}
		return this.resets.reset(token, password) ? "redirect:/admin/login?reset" : gone(response);
	}

	@PostMapping("/admin/sign-out-everywhere")
	String signOutEverywhere(@AuthenticationPrincipal StaffPrincipal staff) {
		this.accounts.signOutEverywhere(staff.id());
		return "redirect:/admin/login?signedOut";
	}

	private static String gone(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return "identity/reset-gone";
	}

}
