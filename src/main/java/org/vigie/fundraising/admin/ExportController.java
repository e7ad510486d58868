package org.vigie.fundraising.admin;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigie.fundraising.FundraisingAudit;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.SiteProperties;

/**
 * The accountant's export: every ledger entry booked in a period, streamed from the
 * database to the response so that a year of entries never sits in memory, with how each
 * gift was paid and never who gave it. Each download is audited.
 */
@Controller
class ExportController {

	/** The longest period one file covers. */
	static final int MAX_DAYS = 3 * 366;

	private final Ledger ledger;

	private final CampaignStore campaigns;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final SiteProperties site;

	private final Clock clock;

	ExportController(Ledger ledger, CampaignStore campaigns, JdbcClient jdbc, AuditTrail audit, SiteProperties site,
			Clock clock) {
		this.ledger = ledger;
		this.campaigns = campaigns;
		this.jdbc = jdbc;
		this.audit = audit;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping(AdminPaths.EXPORT)
	String form(Model model) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.site.timeZone());
		model.addAttribute("from", today.withDayOfYear(1).toString());
		model.addAttribute("to", today.toString());
		model.addAttribute("problem", false);
		return "fundraising/admin/export";
	}

	@GetMapping(AdminPaths.EXPORT_CSV)
	String csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) throws IOException {
		CampaignEditing.allowed(me);
		LocalDate first = day(from);
		LocalDate last = day(to);
		if (first == null || last == null || last.isBefore(first) || first.plusDays(MAX_DAYS).isBefore(last)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("from", (from != null && from.length() <= 10) ? from : "");
			model.addAttribute("to", (to != null && to.length() <= 10) ? to : "");
			model.addAttribute("problem", true);
			model.addAttribute("maxDays", MAX_DAYS);
			return "fundraising/admin/export";
		}
		Map<UUID, String> keys = this.campaigns.all().stream().collect(Collectors.toMap(Campaign::id, Campaign::key));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("fundraising-" + first + "-" + last + ".csv")
					.build()
					.toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		BufferedWriter out = new BufferedWriter(
				new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		LedgerCsv csv = new LedgerCsv(out, keys, gifts(first, last));
		csv.header();
		this.ledger.booked(first, last, csv::entry);
		csv.totals();
		out.flush();
		this.audit.record(FundraisingAudit.EXPORTED, me.email(), "ledger:" + first + ".." + last,
				"entries=" + csv.count());
		return null;
	}

	/** How each gift booked in the period was paid, read once for the whole file. */
	private Map<UUID, LedgerCsv.GiftFacts> gifts(LocalDate first, LocalDate last) {
		Map<UUID, LedgerCsv.GiftFacts> facts = new HashMap<>();
		this.jdbc.sql("""
				select id, method, provider, payment_ref from fundraising_gift where id in
				(select gift_id from fundraising_ledger where booked_on between ? and ? and gift_id is not null)""")
			.params(Date.valueOf(first), Date.valueOf(last))
			.query((ResultSet rs) -> {
				facts.put(rs.getObject("id", UUID.class), new LedgerCsv.GiftFacts(rs.getString("method"),
						rs.getString("provider"), rs.getString("payment_ref")));
			});
		return facts;
	}

	private static LocalDate day(String typed) {
		if (typed == null || typed.length() != 10) {
			return null;
		}
		try {
			return LocalDate.parse(typed);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
