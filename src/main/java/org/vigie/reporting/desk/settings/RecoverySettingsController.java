package org.vigie.reporting.desk.settings;

import java.util.Set;

import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;
import org.vigie.reporting.desk.Analysts;
import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.reports.ReportingAudit;
import org.vigie.reporting.vault.AnalystKeys;
import org.vigie.reporting.vault.Keyring;
import org.vigie.reporting.vault.RecoveryKey;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The line's settings page: making the organisation's recovery key (once: it is shown on
 * the answer to that request and never again), confirming it was printed and stored
 * offline, and typing it back to grant an analyst every report.
 */
@Controller
class RecoverySettingsController {

	static final String PATH = "/admin/reporting-settings";

	private static final Set<String> DONE = Set.of("stored");

	private static final Set<String> PROBLEMS = Set.of("exists", "confirm", "mistyped", "wrongKey", "analyst",
			"noKeyPair");

	private final RecoveryKey recovery;

	private final RecoveryConfirmation confirmation;

	private final Reports reports;

	private final Analysts analysts;

	private final AnalystKeys keys;

	private final AuditTrail audit;

	RecoverySettingsController(RecoveryKey recovery, RecoveryConfirmation confirmation, Reports reports,
			Analysts analysts, AnalystKeys keys, AuditTrail audit) {
		this.recovery = recovery;
		this.confirmation = confirmation;
		this.reports = reports;
		this.analysts = analysts;
		this.keys = keys;
		this.audit = audit;
	}

	@GetMapping(PATH)
	String page(@RequestParam(required = false) String done, @RequestParam(required = false) String problem,
			@RequestParam(required = false) String granted, Model model) {
		var pairs = this.keys.publicKeys().keySet();
		model.addAttribute("exists", this.recovery.exists());
		model.addAttribute("open", this.reports.open());
		model.addAttribute("confirmed", this.confirmation.confirmed());
		model.addAttribute("analysts", this.analysts.all().stream().filter((a) -> pairs.contains(a.id())).toList());
		model.addAttribute("done", (done != null && DONE.contains(done)) ? done : null);
		model.addAttribute("problem", (problem != null && PROBLEMS.contains(problem)) ? problem : null);
		model.addAttribute("granted", (granted != null && granted.matches("[0-9]{1,9}")) ? granted : null);
		return "reporting/desk/settings";
	}

	/** Makes the key and shows it, on this answer only. */
	@PostMapping(PATH + "/recovery-key")
	String make(@AuthenticationPrincipal StaffIdentity me, Model model) {
		String printed;
		try {
			printed = this.recovery.create();
		}
		catch (IllegalStateException | org.springframework.dao.DataIntegrityViolationException ex) {
			return "redirect:" + PATH + "?problem=exists";
		}
		this.audit.record(ReportingAudit.RECOVERY_KEY_CREATED, me.email(), null, "shown once");
		model.addAttribute("printed", printed);
		return "reporting/desk/recovery-key";
	}

	@PostMapping(PATH + "/recovery-key/stored")
	String stored(@AuthenticationPrincipal StaffIdentity me, @RequestParam(required = false) String stored) {
		if (!this.recovery.exists()) {
			return "redirect:" + PATH;
		}
		if (!"yes".equals(stored)) {
			return "redirect:" + PATH + "?problem=confirm";
		}
		this.confirmation.confirm(me);
		return "redirect:" + PATH + "?done=stored";
	}

	/** Types the recovery key back to grant an analyst every report. */
	@PostMapping(PATH + "/recovery-key/grant")
	String grant(@AuthenticationPrincipal StaffIdentity me, @RequestParam(defaultValue = "") String key,
			@RequestParam(defaultValue = "") String analyst) {
		if (!analyst.matches("[0-9]{1,18}") || !this.analysts.isAnalyst(Long.parseLong(analyst))) {
			return "redirect:" + PATH + "?problem=analyst#recover";
		}
		Keyring keyring;
		try {
			keyring = this.recovery.open(key);
		}
		catch (RecoveryKey.WrongRecoveryKey ex) {
			return "redirect:" + PATH + "?problem=" + (ex.mistyped() ? "mistyped" : "wrongKey") + "#recover";
		}
		try {
			int granted = this.reports.grantAll(keyring, Long.parseLong(analyst), me);
			return "redirect:" + PATH + "?granted=" + granted + "#recover";
		}
		catch (IllegalStateException ex) {
			return "redirect:" + PATH + "?problem=noKeyPair#recover";
		}
	}

}
