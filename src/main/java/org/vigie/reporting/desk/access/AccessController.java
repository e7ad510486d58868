package org.vigie.reporting.desk.access;

import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

import org.vigie.identity.StaffIdentity;
import org.vigie.reporting.desk.Analysts;
import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.vault.Keyring;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analysts who lack access to some reports, and "grant access": every report the
 * signed-in analyst's key ring opens is wrapped again for the other analyst.
 */
@Controller
class AccessController {

	private static final Set<String> PROBLEMS = Set.of("noKeyring", "analyst", "noKeyPair");

	private final MissingAccess missing;

	private final Analysts analysts;

	private final Reports reports;

	AccessController(MissingAccess missing, Analysts analysts, Reports reports) {
		this.missing = missing;
		this.analysts = analysts;
		this.reports = reports;
	}

	@GetMapping("/admin/reports/access")
	String page(@RequestParam(required = false) String granted, @RequestParam(required = false) String problem,
			HttpSession session, Model model) {
		model.addAttribute("gaps", this.missing.gaps());
		model.addAttribute("hasKeyring", Keyring.of(session).isPresent());
		model.addAttribute("granted", (granted != null && granted.matches("[0-9]{1,9}")) ? granted : null);
		model.addAttribute("problem", (problem != null && PROBLEMS.contains(problem)) ? problem : null);
		return "reporting/desk/access";
	}

	@PostMapping("/admin/reports/access")
	String grant(@AuthenticationPrincipal StaffIdentity me, @RequestParam(defaultValue = "") String analyst,
			HttpSession session) {
		Optional<Keyring> keyring = Keyring.of(session);
		if (keyring.isEmpty()) {
			return "redirect:/admin/reports/access?problem=noKeyring";
		}
		if (!analyst.matches("[0-9]{1,18}") || !this.analysts.isAnalyst(Long.parseLong(analyst))) {
			return "redirect:/admin/reports/access?problem=analyst";
		}
		try {
			int granted = this.reports.grantAll(keyring.get(), Long.parseLong(analyst), me);
			return "redirect:/admin/reports/access?granted=" + granted;
		}
		catch (IllegalStateException ex) {
			return "redirect:/admin/reports/access?problem=noKeyPair";
		}
	}

}
