package org.vigie.identity.web;

import org.vigie.identity.staff.Invitation;
import org.vigie.identity.staff.Invitations;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Where an invited person sets their name and password, through the link of their
 * invitation.
 */
@Controller
@RequestMapping("/admin/invitation")
class InvitationController {

	private final Invitations invitations;

	private final PasswordRules rules;

	InvitationController(Invitations invitations, PasswordRules rules) {
		this.invitations = invitations;
		this.rules = rules;
	}

	@GetMapping
	String form(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		return this.invitations.open(token).map((invitation) -> {
			model.addAttribute("invitation", invitation);
			model.addAttribute("token", token);
			model.addAttribute("form",
					new SetupForm(token, invitation.getEmail(), "", "", "", invitation.getLanguage().code()));
			model.addAttribute("problems", java.util.Map.of());
			return "identity/invitation";
		}).orElseGet(() -> gone(response));
	}

	@PostMapping
	String accept(@ModelAttribute SetupForm form, Model model, HttpServletResponse response) {
		Invitation invitation = this.invitations.open(form.token()).orElse(null);
		if (invitation == null) {
			return gone(response);
		}
		SetupForm complete = new SetupForm(form.token(), invitation.getEmail(), form.displayName(), form.password(),
				form.passwordAgain(), form.language());
		var problems = complete.problems(this.rules);
		if (!problems.isEmpty()) {
			model.addAttribute("invitation", invitation);
			model.addAttribute("token", form.token());
			model.addAttribute("form", complete.withoutSecrets());
			model.addAttribute("problems", problems);
			return "identity/invitation";
		}
		return this.invitations
			.accept(form.token(), complete.displayName(), complete.password(), complete.chosenLanguage())
			.map((member) -> "redirect:/admin/login?created")
			.orElseGet(() -> gone(response));
	}

	private static String gone(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return "identity/invitation-gone";
	}

}
