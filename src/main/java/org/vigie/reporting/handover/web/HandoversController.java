package org.vigie.reporting.handover.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.vigie.identity.StaffIdentity;
import org.vigie.reporting.handover.Handover;
import org.vigie.reporting.handover.HandoverField;
import org.vigie.reporting.handover.HandoverPackage;
import org.vigie.reporting.handover.HandoverRefused;
import org.vigie.reporting.handover.Handovers;
import org.vigie.reporting.handover.PoliceUnits;
import org.vigie.reporting.reports.ReportSummary;
import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.vault.Keyring;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Hand-overs to the police: preparing one from a report (the unit, the fields), the list,
 * and a hand-over's page where another analyst approves or rejects it and the package is
 * downloaded once approved.
 */
@Controller
@RequestMapping(HandoversController.PATH)
class HandoversController {

	static final String PATH = "/admin/reports/handovers";

	private final Handovers handovers;

	private final Reports reports;

	private final PoliceUnits units;

	HandoversController(Handovers handovers, Reports reports, PoliceUnits units) {
		this.handovers = handovers;
		this.reports = reports;
		this.units = units;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("handovers", this.handovers.all());
		return "reporting/handover/list";
	}

	@GetMapping("/new")
	String prepareForm(@RequestParam String report, Model model) {
		ReportSummary summary = this.reports.summary(uuid(report))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("report", summary);
		model.addAttribute("offered", Handovers.offered(summary));
		model.addAttribute("units", this.units.enabled());
		return "reporting/handover/prepare";
	}

	@PostMapping
	String prepare(@RequestParam String report, @RequestParam(required = false) String unit,
			@RequestParam(required = false) List<String> fields, @AuthenticationPrincipal StaffIdentity me,
			HttpSession session, Model model) {
		try {
			long id = this.handovers.prepare(uuid(report), unitId(unit), fields(fields), keyring(session), me);
			return "redirect:" + PATH + "/" + id + "?done=prepared";
		}
		catch (HandoverRefused ex) {
			model.addAttribute("problem", ex.messageKey());
			return prepareForm(report, model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) String done,
			@AuthenticationPrincipal StaffIdentity me, Model model) {
		Handover handover = this.handovers.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("handover", handover);
		model.addAttribute("mayApprove", handover.approvableBy(me.id()));
		model.addAttribute("done", (done != null && done.matches("prepared|approved|rejected")) ? done : null);
		model.addAttribute("maxReason", Handovers.MAX_REASON);
		return "reporting/handover/show";
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable long id, @AuthenticationPrincipal StaffIdentity me, HttpSession session, Model model) {
		try {
			this.handovers.approve(id, keyring(session), me);
			return "redirect:" + PATH + "/" + id + "?done=approved";
		}
		catch (HandoverRefused ex) {
			model.addAttribute("problem", ex.messageKey());
			return show(id, null, me, model);
		}
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal StaffIdentity me, Model model) {
		try {
			this.handovers.reject(id, reason, me);
			return "redirect:" + PATH + "/" + id + "?done=rejected";
		}
		catch (HandoverRefused ex) {
			model.addAttribute("problem", ex.messageKey());
			return show(id, null, me, model);
		}
	}

	@GetMapping("/{id}/package")
	ResponseEntity<byte[]> download(@PathVariable long id, @AuthenticationPrincipal StaffIdentity me) {
		HandoverPackage pack = this.handovers.download(id, me)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(pack.fileName()).build().toString())
			.body(pack.content());
	}

	private static Keyring keyring(HttpSession session) {
		return Keyring.of(session).orElse(null);
	}

	private static UUID uuid(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private static long unitId(String text) {
		if (text == null || !text.matches("[0-9]{1,18}")) {
			throw new HandoverRefused(HandoverRefused.Reason.NO_UNIT);
		}
		return Long.parseLong(text);
	}

	private static Set<HandoverField> fields(List<String> names) {
		Set<HandoverField> fields = EnumSet.noneOf(HandoverField.class);
		for (String name : (names != null) ? names : List.<String>of()) {
			try {
				fields.add(HandoverField.valueOf(name));
			}
			catch (IllegalArgumentException ex) {
				throw new HandoverRefused(HandoverRefused.Reason.NO_FIELDS);
			}
		}
		return fields;
	}

}
