package org.vigie.reporting.desk;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;
import org.vigie.reporting.reports.Outcome;
import org.vigie.reporting.reports.ReportSummary;
import org.vigie.reporting.reports.ReportingAudit;
import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.reports.Status;
import org.vigie.reporting.reports.Upload;
import org.vigie.site.SiteProperties;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A report's page, decrypted with the analyst's key ring (each reading is in the audit
 * trail), and the images its reporter attached, decrypted on request and never cached.
 */
@Controller
class ReportPageController {

	private final Reports reports;

	private final ReportAccess access;

	private final Labels labels;

	private final Analysts analysts;

	private final Clock clock;

	private final SiteProperties site;

	private final AuditTrail audit;

	ReportPageController(Reports reports, ReportAccess access, Labels labels, Analysts analysts, Clock clock,
			SiteProperties site, AuditTrail audit) {
		this.audit = audit;
		this.reports = reports;
		this.access = access;
		this.labels = labels;
		this.analysts = analysts;
		this.clock = clock;
		this.site = site;
	}

	private static final java.util.Set<String> DONE = java.util.Set.of("labelled", "unlabelled", "assigned", "status",
			"sent", "unlocked");

	private static final java.util.Set<String> PROBLEMS = java.util.Set.of("label", "tooManyLabels", "analyst",
			"status", "outcome", "access", "noContact", "message");

	@GetMapping("/admin/reports/{id}")
	String page(@AuthenticationPrincipal StaffIdentity me, @PathVariable String id,
			@RequestParam(required = false) String done, @RequestParam(required = false) String problem,
			HttpSession session, Model model) {
		UUID report = ReportIds.parse(id);
		ReportSummary summary = this.reports.summary(report).orElseThrow(ReportIds::notFound);
		ReportAccess.Opened opened = this.access.open(report, session);
		opened.key().ifPresent((key) -> {
			try {
				model.addAttribute("detail", this.reports.read(key, me));
			}
			finally {
				key.destroy();
			}
		});
		model.addAttribute("summary", summary);
		model.addAttribute("access", opened.state().name());
		model.addAttribute("due", Due.of(summary.deadlines(), this.clock.instant()));
		model.addAttribute("locked", summary.receiptLocked(this.clock.instant()));
		model.addAttribute("labels", this.labels.of(report));
		model.addAttribute("analysts", this.analysts.all());
		model.addAttribute("assignee",
				(summary.assignedTo() != null) ? this.analysts.name(summary.assignedTo()).orElse(null) : null);
		model.addAttribute("statuses", Status.values());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("zone", this.site.timeZone());
		model.addAttribute("maxLabel", Labels.MAX_LENGTH);
		model.addAttribute("done", (done != null && DONE.contains(done)) ? done : null);
		model.addAttribute("problem", (problem != null && PROBLEMS.contains(problem)) ? problem : null);
		return "reporting/desk/report";
	}

	/**
	 * An attached image, decrypted for an analyst who holds the report's key (each view
	 * in the audit trail); never stored by the browser or a proxy.
	 */
	@GetMapping("/admin/reports/{id}/images/{image}")
	ResponseEntity<byte[]> image(@AuthenticationPrincipal StaffIdentity me, @PathVariable String id,
			@PathVariable String image, HttpSession session) {
		UUID report = ReportIds.parse(id);
		UUID attachment = ReportIds.parse(image);
		ReportAccess.Opened opened = this.access.open(report, session);
		if (opened.key().isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		Optional<Upload> upload;
		try {
			upload = this.reports.attachment(opened.key().get(), attachment);
		}
		finally {
			opened.key().get().destroy();
		}
		Upload found = upload.filter((u) -> u.mediaType().equals("image/jpeg") || u.mediaType().equals("image/png"))
			.orElseThrow(ReportIds::notFound);
		this.audit.record(ReportingAudit.REPORT_READ, me.email(), report.toString(), "image " + attachment);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.PRAGMA, "no-cache")
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.contentType(MediaType.parseMediaType(found.mediaType()))
			.body(found.bytes());
	}

}
