package org.vigie.reporting.desk;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.vigie.identity.StaffIdentity;
import org.vigie.reporting.reports.Outcome;
import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.reports.Status;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What an analyst does on a report's page: labels, assignment, status, a message to the
 * reporter, lifting the receipt's lock. Each answers with the page again and a notice or
 * the problem; bad input changes nothing.
 */
@Controller
@RequestMapping("/admin/reports/{id}")
class ReportActionsController {

	private final Reports reports;

	private final ReportAccess access;

	private final Labels labels;

	private final Analysts analysts;

	ReportActionsController(Reports reports, ReportAccess access, Labels labels, Analysts analysts) {
		this.reports = reports;
		this.access = access;
		this.labels = labels;
		this.analysts = analysts;
	}

	@PostMapping("/labels")
	String label(@AuthenticationPrincipal StaffIdentity me, @PathVariable String id,
			@RequestParam(defaultValue = "") String label) {
		UUID report = existing(id);
		Optional<String> tidy = Labels.tidy(label);
		if (tidy.isEmpty()) {
			return back(report, "problem=label");
		}
		return this.labels.add(report, tidy.get(), me) ? back(report, "done=labelled")
				: back(report, "problem=tooManyLabels");
	}

	@PostMapping("/labels/remove")
	String unlabel(@AuthenticationPrincipal StaffIdentity me, @PathVariable String id,
			@RequestParam(defaultValue = "") String label) {
		UUID report = existing(id);
		this.labels.remove(report, label, me);
		return back(report, "done=unlabelled");
	}

	@PostMapping("/assign")
	String assign(@AuthenticationPrincipal StaffIdentity me, @PathVariable String id,
			@RequestParam(defaultValue = "") String analyst) {
		UUID report = existing(id);
		if (analyst.isEmpty()) {
			this.reports.assign(report, null, me);
			return back(report, "done=assigned");
		}
		if (!analyst.matches("[0-9]{1,18}") || !this.analysts.isAnalyst(Long.parseLong(analyst))) {
			return back(report, "problem=analyst");
		}
		this.reports.assign(report, Long.parseLong(analyst), me);
		return back(report, "done=assigned");
	}

	@PostMapping("/status")
	String status(@AuthenticationPrincipal StaffIdentity me, @PathVariable String id,
			@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String outcome) {
		UUID report = existing(id);
		Optional<Status> chosen = Arrays.stream(Status.values()).filter((s) -> s.name().equals(status)).findFirst();
		Outcome end = Arrays.stream(Outcome.values()).filter((o) -> o.name().equals(outcome)).findFirst().orElse(null);
		if (chosen.isEmpty()) {
			return back(report, "problem=status");
		}
		if (chosen.get() == Status.CLOSED && end == null) {
			return back(report, "problem=outcome");
		}
		this.reports.changeStatus(report, chosen.get(), end, me);
		return back(report, "done=status");
	}

	@PostMapping("/messages")
	String write(@AuthenticationPrincipal StaffIdentity me, @PathVariable String id,
			@RequestParam(defaultValue = "") String text, HttpSession session) {
		UUID report = existing(id);
		ReportAccess.Opened opened = this.access.open(report, session);
		if (opened.key().isEmpty()) {
			return back(report, "problem=access");
		}
		try {
			this.reports.analystWrites(opened.key().get(), me, text);
			return back(report, "done=sent");
		}
		catch (IllegalStateException ex) {
			return back(report, "problem=noContact");
		}
		catch (IllegalArgumentException ex) {
			return back(report, "problem=message");
		}
		finally {
			opened.key().get().destroy();
		}
	}

	@PostMapping("/unlock")
	String unlock(@AuthenticationPrincipal StaffIdentity me, @PathVariable String id) {
		UUID report = existing(id);
		this.reports.unlockReceipt(report, me);
		return back(report, "done=unlocked");
	}

	private UUID existing(String id) {
		UUID report = ReportIds.parse(id);
		this.reports.summary(report).orElseThrow(ReportIds::notFound);
		return report;
	}

	private static String back(UUID report, String query) {
		return "redirect:/admin/reports/" + report + "?" + query + "#outcome";
	}

}
