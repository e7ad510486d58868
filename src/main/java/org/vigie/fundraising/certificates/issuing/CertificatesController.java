package org.vigie.fundraising.certificates.issuing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.fundraising.FundraisingAudit;
import org.vigie.fundraising.certificates.BelcotaxInvalid;
import org.vigie.fundraising.certificates.CertificateRefused;
import org.vigie.fundraising.gifts.FundraisingProperties;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;

/**
 * The fundraiser's certificates page, one per tax year: start the January run and follow
 * it, see the numbered certificates and the donors to follow up, issue the corrections
 * the ledger calls for, download the Belcotax file (with its control totals, refused with
 * the schema's messages when invalid) and note the reference Belcotax gave it, download
 * one PDF or the whole year's as a ZIP. Every address needs the permission to fundraise
 * (the fundraising back-office's routes).
 */
@Controller
class CertificatesController {

	private static final String VIEW = "fundraising/certificates/year";

	private static final List<String> DONE = List.of("started", "corrected", "sent", "none");

	private final CertificateRuns runs;

	private final CertificateRun run;

	private final CertificateStore store;

	private final YearTotals totals;

	private final BelcotaxSendings sendings;

	private final Declarants declarants;

	private final FundraisingProperties properties;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final Clock clock;

	CertificatesController(CertificateRuns runs, CertificateRun run, CertificateStore store, YearTotals totals,
			BelcotaxSendings sendings, Declarants declarants, FundraisingProperties properties, MessageSource messages,
			AuditTrail audit, Clock clock) {
		this.runs = runs;
		this.run = run;
		this.store = store;
		this.totals = totals;
		this.sendings = sendings;
		this.declarants = declarants;
		this.properties = properties;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping(CertificatePaths.BASE)
	String home() {
		return "redirect:" + CertificatePaths.year(TaxYears.lastOver(this.clock));
	}

	@GetMapping(CertificatePaths.BASE + "/{year}")
	String page(@PathVariable String year, @RequestParam(required = false) String done,
			@AuthenticationPrincipal StaffIdentity me, Model model, Locale locale) {
		int taxYear = year(year);
		model.addAttribute("done", (done != null && DONE.contains(done)) ? "fundraising.issuing.done." + done : null);
		return show(taxYear, model, locale, List.of());
	}

	@PostMapping(CertificatePaths.BASE + "/{year}/run")
	String start(@PathVariable String year, @AuthenticationPrincipal StaffIdentity me, Model model, Locale locale,
			HttpServletResponse response) {
		int taxYear = year(year);
		try {
			this.runs.start(taxYear, me.email());
			return "redirect:" + CertificatePaths.year(taxYear) + "?done=started";
		}
		catch (IssuingRefused refused) {
			return refused(taxYear, model, locale, response, text(refused, locale));
		}
	}

	@PostMapping(CertificatePaths.BASE + "/{year}/corrections")
	String correct(@PathVariable String year, @AuthenticationPrincipal StaffIdentity me, Model model, Locale locale,
			HttpServletResponse response) {
		int taxYear = year(year);
		try {
			int corrected = this.run.correct(taxYear, me.email());
			return "redirect:" + CertificatePaths.year(taxYear) + "?done=" + ((corrected > 0) ? "corrected" : "none");
		}
		catch (IssuingRefused refused) {
			return refused(taxYear, model, locale, response, text(refused, locale));
		}
		catch (CertificateRefused refused) {
			return refused(taxYear, model, locale, response, text(refused, locale));
		}
	}

	@PostMapping(CertificatePaths.BASE + "/{year}/belcotax")
	Object belcotax(@PathVariable String year, @AuthenticationPrincipal StaffIdentity me, Model model, Locale locale,
			HttpServletResponse response) {
		int taxYear = year(year);
		List<String> problems = new ArrayList<>();
		try {
			byte[] xml = this.sendings.write(taxYear, me.email());
			return download(xml, new MediaType("application", "xml", StandardCharsets.UTF_8),
					"belcotax-281-71-" + taxYear + ".xml");
		}
		catch (BelcotaxInvalid invalid) {
			problems.add(this.messages.getMessage("fundraising.issuing.problem.invalid",
					new Object[] { String.valueOf(taxYear) }, locale));
			problems.addAll(invalid.problems());
		}
		catch (CertificateRefused refused) {
			problems.add(text(refused, locale));
		}
		catch (IssuingRefused refused) {
			problems.add(text(refused, locale));
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return show(taxYear, model, locale, problems);
	}

	@PostMapping(CertificatePaths.BASE + "/{year}/sent")
	String sent(@PathVariable String year, @RequestParam(required = false) String reference,
			@AuthenticationPrincipal StaffIdentity me, Model model, Locale locale, HttpServletResponse response) {
		int taxYear = year(year);
		try {
			this.sendings.sent(taxYear, reference, me.email());
			return "redirect:" + CertificatePaths.year(taxYear) + "?done=sent";
		}
		catch (CertificateRefused refused) {
			return refused(taxYear, model, locale, response, text(refused, locale));
		}
		catch (IssuingRefused refused) {
			return refused(taxYear, model, locale, response, text(refused, locale));
		}
	}

	@GetMapping(CertificatePaths.BASE + "/{year}/pdf/{id}")
	ResponseEntity<byte[]> pdf(@PathVariable String year, @PathVariable String id,
			@AuthenticationPrincipal StaffIdentity me) {
		int taxYear = year(year);
		IssuedCertificate certificate = parse(id).flatMap(this.store::byId)
			.filter((found) -> found.year() == taxYear)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		byte[] pdf = this.store.pdf(certificate.id()).orElseThrow();
		this.audit.record(FundraisingAudit.EXPORTED, me.email(), "certificate:" + certificate.id(), "pdf");
		return download(pdf, MediaType.APPLICATION_PDF, certificate.fileName());
	}

	@GetMapping(CertificatePaths.BASE + "/{year}/certificates.zip")
	ResponseEntity<byte[]> zip(@PathVariable String year, @AuthenticationPrincipal StaffIdentity me) {
		int taxYear = year(year);
		List<IssuedCertificate> all = this.store.ofYear(taxYear);
		if (all.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (IssuedCertificate certificate : all) {
				zip.putNextEntry(new ZipEntry(certificate.fileName()));
				zip.write(this.store.pdf(certificate.id()).orElseThrow());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.audit.record(FundraisingAudit.EXPORTED, me.email(), "certificates:" + taxYear,
				"pdf zip, " + all.size() + " files");
		return download(bytes.toByteArray(), new MediaType("application", "zip"), "certificates-" + taxYear + ".zip");
	}

	private String refused(int year, Model model, Locale locale, HttpServletResponse response, String problem) {
		response.setStatus(HttpStatus.CONFLICT.value());
		return show(year, model, locale, List.of(problem));
	}

	private String show(int year, Model model, Locale locale, List<String> problems) {
		long minimum = this.properties.certificateMinimumCents();
		Declarants.Configured declarant = this.declarants.current();
		TreeSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
		int last = TaxYears.lastOver(this.clock);
		for (int y = last; y > last - 3 && y >= TaxYears.FIRST; y--) {
			years.add(y);
		}
		years.add(year);
		model.addAttribute("year", year);
		model.addAttribute("years", years);
		model.addAttribute("yearOver", TaxYears.isOver(year, this.clock));
		model.addAttribute("yearText", String.valueOf(year));
		model.addAttribute("nextYearText", String.valueOf(year + 1));
		model.addAttribute("minimumCents", minimum);
		model.addAttribute("declarant", declarant.declarant());
		model.addAttribute("declarantProblem", declarant.usable() ? null
				: this.messages.getMessage(declarant.problem().code(), declarant.problem().arguments(), locale));
		model.addAttribute("run", this.runs.latest(year).orElse(null));
		model.addAttribute("certificates", this.store.ofYear(year));
		model.addAttribute("corrections", this.run.corrections(year));
		model.addAttribute("followUp", this.totals.followUp(year, minimum));
		model.addAttribute("pending", this.sendings.pending(year));
		model.addAttribute("sendings", this.sendings.ofYear(year));
		model.addAttribute("problems", problems);
		model.addAttribute("language", org.vigie.site.Language.of(locale, org.vigie.site.Language.EN));
		if (!model.containsAttribute("done")) {
			model.addAttribute("done", null);
		}
		return VIEW;
	}

	private String text(IssuingRefused refused, Locale locale) {
		return this.messages.getMessage(refused.code(), refused.arguments(), locale);
	}

	private String text(CertificateRefused refused, Locale locale) {
		return this.messages.getMessage(refused.code(), refused.arguments(), locale);
	}

	/** The year of an address: from 2000 to next year, else the page does not exist. */
	private int year(String typed) {
		if (typed == null || !typed.matches("[0-9]{4}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		int year = Integer.parseInt(typed);
		if (!TaxYears.plausible(year, this.clock)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return year;
	}

	private static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

}
