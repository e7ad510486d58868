package org.vigie.identity.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffPrincipal;
import org.vigie.site.Language;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
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

	AccountController(StaffAccounts accounts) {
		this.accounts = accounts;
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
		replacePrincipal(new StaffPrincipal(me.id(), me.email(), me.displayName(), chosen, me.passwordHash(),
				me.enabled(), me.lockedUntil(), me.authorities(), me.needsSecondFactor(), me.sessionGeneration()),
				request);
		return "redirect:/admin/account?done=language";
	}

	@PostMapping("/password")
	String password(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String current,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String passwordAgain,
			HttpServletRequest request, Model model) {
		Map<String, String> problems = new LinkedHashMap<>(
				new SetupForm("", "a@b.cd", "x", password, passwordAgain, "fr").problems());
		if (problems.isEmpty()) {
			int generation = this.accounts.changePassword(me.id(), current, password);
			if (generation >= 0) {
				SecondFactorGate.signedIn(request.getSession(), generation);
				request.changeSessionId();
				return "redirect:/admin/account?done=password";
			}
			problems.put("current", "account.error.current");
		}
		model.addAttribute("problems", problems);
		return "identity/account";
	}

	private static void replacePrincipal(StaffPrincipal principal, HttpServletRequest request) {
		var authentication = org.springframework.security.authentication.UsernamePasswordAuthenticationToken
			.authenticated(principal, null, principal.getAuthorities());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		request.getSession()
			.setAttribute(
					org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
					context);
	}

}
