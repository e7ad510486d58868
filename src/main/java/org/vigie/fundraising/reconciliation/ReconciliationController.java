package org.vigie.fundraising.reconciliation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpServletResponse;
import org.vigie.fundraising.FundraisingAudit;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reconciliation report of a period (this month so far when none is given), as a page
 * and as a CSV file for the accountant. A period is at most a year and a day long.
 */
@Controller
class ReconciliationController {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static final long LONGEST_DAYS = 366;

	private final Reconciliation reconciliation;

	private final AuditTrail audit;

	private final Clock clock;

	ReconciliationController(Reconciliation reconciliation, AuditTrail audit, Clock clock) {
		this.reconciliation = reconciliation;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping(ReconciliationPaths.REPORT)
	String report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		Period period = period(from, to);
		model.addAttribute("shown", new Shown(me.language()));
		model.addAttribute("from", (period != null) ? period.from() : from);
		model.addAttribute("to", (period != null) ? period.to() : to);
		if (period == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", "fundraising.reconciliation.report.period");
			return "fundraising/reconciliation/report";
		}
		model.addAttribute("report", this.reconciliation.of(period.from(), period.to()));
		return "fundraising/reconciliation/report";
	}

	@GetMapping(ReconciliationPaths.REPORT_CSV)
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@AuthenticationPrincipal StaffIdentity me) {
		Period period = period(from, to);
		if (period == null) {
			return ResponseEntity.badRequest().build();
		}
		byte[] file = ReconciliationCsv.of(this.reconciliation.of(period.from(), period.to()))
			.getBytes(StandardCharsets.UTF_8);
		this.audit.record(FundraisingAudit.EXPORTED, me.email(), "reconciliation:" + period.from() + "/" + period.to(),
				null);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("reconciliation-" + period.from() + "-" + period.to() + ".csv")
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file);
	}

	/**
	 * The period asked for, or this month so far; {@code null} when it cannot be read.
	 */
	private Period period(String from, String to) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), BRUSSELS);
		try {
			LocalDate start = (from == null || from.isBlank()) ? today.withDayOfMonth(1) : LocalDate.parse(from);
			LocalDate end = (to == null || to.isBlank()) ? today : LocalDate.parse(to);
			if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) > LONGEST_DAYS) {
				return null;
			}
			return new Period(start, end);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private record Period(LocalDate from, LocalDate to) {
	}

}
