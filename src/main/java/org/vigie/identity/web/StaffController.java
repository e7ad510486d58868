package org.vigie.identity.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.vigie.identity.Role;
import org.vigie.identity.staff.InvitationRepository;
import org.vigie.identity.staff.Invitations;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffPrincipal;
import org.vigie.site.Language;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff page for administrators: who has access, with which roles; invitations;
 * disabling. A module may refuse a change of roles or a disabling
 * ({@link org.vigie.identity.StaffAccessGuard}); its reason is shown here.
 */
@Controller
@RequestMapping("/admin/staff")
class StaffController {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	private final StaffAccounts accounts;

	private final Invitations invitations;

	private final InvitationRepository invitationRecords;

	private final java.time.ZoneId zone;

	StaffController(StaffAccounts accounts, Invitations invitations, InvitationRepository invitationRecords,
			org.vigie.site.SiteProperties site) {
		this.zone = site.timeZone();
		this.accounts = accounts;
		this.invitations = invitations;
		this.invitationRecords = invitationRecords;
	}

	@GetMapping
	String list(@RequestParam(required = false) String done, Model model) {
		model.addAttribute("staff", this.accounts.all());
		model.addAttribute("pending", this.invitationRecords.findByAcceptedAtIsNullOrderByCreatedAtDesc());
		model.addAttribute("roles", Role.values());
		model.addAttribute("zone", this.zone);
		model.addAttribute("done", (done != null && done.matches("[a-z]{1,20}")) ? done : null);
		return "identity/staff";
	}

	@PostMapping("/invite")
	String invite(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String email,
			@RequestParam(required = false) List<String> roles, @RequestParam(defaultValue = "fr") String language,
			Model model) {
		String address = email.strip();
		Set<Role> chosen = roles(roles);
		String problem = null;
		if (address.length() > 320 || !EMAIL.matcher(address).matches()) {
			problem = "staff.error.email";
		}
		else if (this.accounts.emailTaken(address)) {
			problem = "staff.error.member";
		}
		else if (chosen.isEmpty()) {
			problem = "staff.error.roles";
		}
		if (problem != null) {
			model.addAttribute("problem", problem);
			model.addAttribute("invited", address);
			return list(null, model);
		}
		this.invitations.invite(address, chosen, Language.fromCode(language).orElse(me.language()), me.email());
		return "redirect:/admin/staff?done=invited";
	}

	@PostMapping("/{id}/roles")
	String roles(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@RequestParam(required = false) List<String> roles, Model model) {
		Set<Role> chosen = roles(roles);
		if (chosen.isEmpty() || (id == me.id() && !chosen.contains(Role.ADMINISTRATOR))) {
			model.addAttribute("problem", "staff.error.ownRoles");
			return list(null, model);
		}
		try {
			this.accounts.changeRoles(id, chosen, me.email());
		}
		catch (StaffAccounts.ChangeRefused ex) {
			model.addAttribute("problem", ex.reason());
			return list(null, model);
		}
		return "redirect:/admin/staff?done=roles";
	}

	@PostMapping("/{id}/enabled")
	String enabled(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam boolean enabled,
			Model model) {
		if (id == me.id()) {
			model.addAttribute("problem", "staff.error.self");
			return list(null, model);
		}
		try {
			this.accounts.setEnabled(id, enabled, me.email());
		}
		catch (StaffAccounts.ChangeRefused ex) {
			model.addAttribute("problem", ex.reason());
			return list(null, model);
		}
		return "redirect:/admin/staff?done=" + (enabled ? "enabled" : "disabled");
	}

	private static Set<Role> roles(List<String> names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (names != null) {
			names.forEach((name) -> Arrays.stream(Role.values())
				.filter((role) -> role.name().equals(name))
				.forEach(roles::add));
		}
		return roles;
	}

}
