package org.vigie.advocacy.tracker.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.TrackerCsv;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.advocacy.tracker.csv.ImportOutcome;
import org.vigie.advocacy.tracker.csv.TrackerImport;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;

/**
 * An instrument's dataset in and out of the back-office: the export (the matrix as it
 * stands, or as it stood at the end of a day) and the import, which writes nothing unless
 * every row is right and then says how many rows it recorded and how many it found
 * unchanged. Both are audited with counts only.
 */
@Controller
class TrackerCsvController {

	private static final String IMPORT = TrackerAdminController.PATH + "/{code}/import";

	private static final String EXPORT = TrackerAdminController.PATH + "/{code}/export.csv";

	private final TrackerStore tracker;

	private final TrackerImport importer;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	TrackerCsvController(TrackerStore tracker, TrackerImport importer, AuditTrail audit,
			TransactionTemplate transactions, Clock clock) {
		this.tracker = tracker;
		this.importer = importer;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	@GetMapping(IMPORT)
	String form(@PathVariable String code, Model model) {
		model.addAttribute("instrument", TrackerAdminController.instrument(this.tracker, code));
		return "advocacy/tracker/admin/import";
	}

	@PostMapping(IMPORT)
	String upload(@PathVariable String code, @RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		Instrument instrument = TrackerAdminController.instrument(this.tracker, code);
		byte[] content = bytes(file);
		ImportOutcome outcome = this.transactions.execute((status) -> {
			ImportOutcome done = this.importer.run(instrument, content, me.email(), this.clock.instant());
			if (!done.refused()) {
				this.audit.record(TrackerAudit.IMPORTED, me.email(), "advocacy-tracker:" + instrument.code(),
						"recorded " + done.recorded() + ", unchanged " + done.unchanged());
			}
			return done;
		});
		if (outcome.refused()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		model.addAttribute("instrument", instrument);
		model.addAttribute("outcome", outcome);
		return "advocacy/tracker/admin/import";
	}

	@GetMapping(EXPORT)
	ResponseEntity<byte[]> export(@PathVariable String code, @RequestParam(required = false) String asOf,
			@AuthenticationPrincipal StaffIdentity me) {
		Instrument instrument = TrackerAdminController.instrument(this.tracker, code);
		LocalDate day = day(asOf);
		StringBuilder csv = new StringBuilder();
		TrackerCsv.write(this.tracker.matrix(instrument, day), csv);
		this.audit.record(TrackerAudit.EXPORTED, me.email(), "advocacy-tracker:" + instrument.code(), "as of " + day);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"tracker-" + instrument.code() + "-" + day + ".csv\"")
			.header("X-Content-Type-Options", "nosniff")
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private LocalDate day(String asOf) {
		LocalDate today = this.tracker.today();
		if (asOf == null || asOf.isBlank()) {
			return today;
		}
		try {
			LocalDate day = LocalDate.parse(asOf);
			return day.isAfter(today) ? today : day;
		}
		catch (DateTimeParseException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

	private static byte[] bytes(MultipartFile file) {
		if (file == null) {
			return new byte[0];
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
