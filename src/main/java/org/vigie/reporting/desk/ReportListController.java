package org.vigie.reporting.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.vigie.identity.StaffIdentity;
import org.vigie.reporting.reports.ReportSummary;
import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.reports.Status;
import org.vigie.site.SiteProperties;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of reports: open ones first, by their next deadline, overdue ones flagged;
 * filtered by status, by "assigned to me" and by "overdue"; with counts. Only the clear
 * fields are read: nothing is decrypted.
 */
@Controller
class ReportListController {

	private final Reports reports;

	private final Labels labels;

	private final Analysts analysts;

	private final Clock clock;

	private final SiteProperties site;

	ReportListController(Reports reports, Labels labels, Analysts analysts, Clock clock, SiteProperties site) {
		this.reports = reports;
		this.labels = labels;
		this.analysts = analysts;
		this.clock = clock;
		this.site = site;
	}

	@GetMapping("/admin/reports")
	String list(@AuthenticationPrincipal StaffIdentity me, @RequestParam(required = false) String status,
			@RequestParam(required = false) String mine, @RequestParam(required = false) String overdue, Model model) {
		Instant now = this.clock.instant();
		Status chosen = Arrays.stream(Status.values()).filter((s) -> s.name().equals(status)).findFirst().orElse(null);
		List<ReportSummary> all = this.reports.all();
		Predicate<ReportSummary> filter = (r) -> (chosen == null || r.status() == chosen)
				&& (mine == null || Objects.equals(r.assignedTo(), me.id()))
				&& (overdue == null || r.deadlines().overdue(now));
		Map<java.util.UUID, List<String>> labelled = this.labels.all();
		Map<Long, String> names = this.analysts.names();
		model.addAttribute("rows",
				all.stream()
					.filter(filter)
					.map((r) -> new ReportRow(r, Due.of(r.deadlines(), now), labelled.getOrDefault(r.id(), List.of()),
							(r.assignedTo() != null) ? names.getOrDefault(r.assignedTo(), "#" + r.assignedTo()) : null))
					.toList());
		model.addAttribute("counts", Counts.of(all, me.id(), now));
		model.addAttribute("statuses", Status.values());
		model.addAttribute("chosenStatus", chosen);
		model.addAttribute("mine", mine != null);
		model.addAttribute("overdue", overdue != null);
		model.addAttribute("zone", this.site.timeZone());
		return "reporting/desk/list";
	}

	/**
	 * The counts above the list.
	 *
	 * @param open reports not closed
	 * @param fresh reports not yet triaged
	 * @param overdue reports with a promise overdue
	 * @param mine open reports assigned to the reader
	 * @param byStatus reports by status
	 */
	record Counts(long open, long fresh, long overdue, long mine, Map<Status, Long> byStatus) {

		static Counts of(List<ReportSummary> all, long me, Instant now) {
			Map<Status, Long> byStatus = new java.util.EnumMap<>(Status.class);
			Arrays.stream(Status.values())
				.forEach((s) -> byStatus.put(s, all.stream().filter((r) -> r.status() == s).count()));
			return new Counts(all.stream().filter((r) -> r.status() != Status.CLOSED).count(),
					byStatus.get(Status.RECEIVED), all.stream().filter((r) -> r.deadlines().overdue(now)).count(),
					all.stream()
						.filter((r) -> r.status() != Status.CLOSED && Objects.equals(r.assignedTo(), me))
						.count(),
					byStatus);
		}

	}

}
