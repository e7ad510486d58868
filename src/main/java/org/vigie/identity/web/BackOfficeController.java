package org.vigie.identity.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditActions;
import org.vigie.identity.BackOfficeNotice;
import org.vigie.identity.audit.AuditEntry;
import org.vigie.identity.audit.AuditEntryRepository;
import org.vigie.identity.audit.HashChainedAuditTrail;
import org.vigie.identity.staff.StaffPrincipal;
import org.vigie.site.SiteProperties;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The back-office's sign-in page, its home (with the notices modules contribute as
 * {@link BackOfficeNotice.Source} beans) and the audit trail.
 */
@Controller
class BackOfficeController {

	static final int AUDIT_PAGE_SIZE = 50;

	private final AuditEntryRepository entries;

	private final HashChainedAuditTrail trail;

	private final ZoneId zone;

	private final SetupToken setup;

	private final List<AuditAction> actions;

	private final List<BackOfficeNotice.Source> notices;

	BackOfficeController(AuditEntryRepository entries, HashChainedAuditTrail trail, SiteProperties site,
			SetupToken setup, List<AuditActions> declared, List<BackOfficeNotice.Source> notices) {
		this.notices = notices;
		this.setup = setup;
		this.actions = declared.stream().flatMap((declaration) -> declaration.actions().stream()).distinct().toList();
		this.entries = entries;
		this.trail = trail;
		this.zone = site.timeZone();
	}

	@GetMapping("/admin/login")
	String signIn(@RequestParam(required = false) String error, Model model) {
		if (this.setup.open()) {
			// A fresh install: the first visitor is led to create the first
			// administrator.
			return "redirect:/admin/setup";
		}
		model.addAttribute("error",
				(error != null && List.of("bad", "throttled", "busy", "ended").contains(error)) ? error : null);
		return "identity/login";
	}

	@GetMapping({ "/admin", "/admin/" })
	String home(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		model.addAttribute("staff", staff);
		model.addAttribute("notices",
				this.notices.stream().flatMap((source) -> source.notices(staff).stream()).toList());
		return "identity/home";
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String from, @RequestParam(required = false) String until,
			@RequestParam(defaultValue = "1") String page, @RequestParam(required = false) String verify, Model model) {
		AuditAction chosen = this.actions.stream()
			.filter((candidate) -> candidate.name().equals(action))
			.findFirst()
			.orElse(null);
		String who = (actor != null && !actor.isBlank() && actor.length() <= 320)
				? "%" + actor.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%" : null;
		LocalDate start = date(from);
		LocalDate end = date(until);
		int number = (page.matches("[0-9]{1,5}") && Integer.parseInt(page) >= 1) ? Integer.parseInt(page) : 1;
		Page<AuditEntry> found = this.entries.search(chosen, who,
				(start != null) ? start.atStartOfDay(this.zone).toInstant() : null,
				(end != null) ? end.plusDays(1).atStartOfDay(this.zone).toInstant() : null,
				PageRequest.of(number - 1, AUDIT_PAGE_SIZE));
		model.addAttribute("entries", found);
		model.addAttribute("actions", this.actions);
		model.addAttribute("filter", new AuditFilter(chosen, (actor != null) ? actor : "", start, end));
		// Checking the chain reads every entry: done when asked, not on every visit.
		model.addAttribute("verified", verify != null);
		model.addAttribute("broken", (verify != null) ? this.trail.firstBrokenEntry().orElse(null) : null);
		model.addAttribute("zone", this.zone);
		return "identity/audit";
	}

	private static LocalDate date(String text) {
		try {
			return (text != null && !text.isBlank()) ? LocalDate.parse(text) : null;
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

}
