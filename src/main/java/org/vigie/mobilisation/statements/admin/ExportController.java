package org.vigie.mobilisation.statements.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;
import org.vigie.mobilisation.people.People;
import org.vigie.mobilisation.statements.Signatory;
import org.vigie.mobilisation.statements.SignatureStore;
import org.vigie.mobilisation.statements.Statement;
import org.vigie.mobilisation.statements.StatementPaths;
import org.vigie.mobilisation.statements.StatementStore;
import org.vigie.mobilisation.statements.StatementsDeclarations;
import org.vigie.mobilisation.statements.Submission;
import org.vigie.site.SiteProperties;

/**
 * The exports of a statement's public list, in the staff member's language: PDF, CSV, and
 * the CSV with each signature's contact only when asked for by name. Each export is
 * audited with what it held.
 */
@Controller("mobilisationStatementsExportController")
class ExportController {

	private final StatementStore statements;

	private final SignatureStore signatures;

	private final SignatoriesExport export;

	private final People people;

	private final AuditTrail audit;

	private final SiteProperties site;

	private final Clock clock;

	ExportController(StatementStore statements, SignatureStore signatures, SignatoriesExport export, People people,
			AuditTrail audit, SiteProperties site, Clock clock) {
		this.statements = statements;
		this.signatures = signatures;
		this.export = export;
		this.people = people;
		this.audit = audit;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping(StatementPaths.ADMIN + "/{id}/export.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id, @AuthenticationPrincipal StaffIdentity me) {
		Statement statement = StatementAdminController.statement(this.statements, id);
		List<Signatory> listed = this.signatures.listed(statement.id());
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.site.timeZone());
		byte[] pdf = this.export.pdf(statement, listed, me.language(), today);
		this.audit.record(StatementsDeclarations.EXPORTED, me.email(), statement.key(), "pdf, " + listed.size());
		return download(pdf, MediaType.APPLICATION_PDF, statement.key() + ".pdf");
	}

	@GetMapping(StatementPaths.ADMIN + "/{id}/export.csv")
	ResponseEntity<byte[]> csv(@PathVariable String id, @RequestParam(required = false) String contacts,
			@AuthenticationPrincipal StaffIdentity me) {
		Statement statement = StatementAdminController.statement(this.statements, id);
		List<Signatory> listed = this.signatures.listed(statement.id());
		boolean withContacts = "yes".equals(contacts);
		byte[] csv = this.export.csv(listed, me.language(), withContacts ? contacts(listed) : null);
		this.audit.record(StatementsDeclarations.EXPORTED, me.email(), statement.key(),
				(withContacts ? "csv with contacts, " : "csv, ") + listed.size());
		return download(csv, new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
				statement.key() + (withContacts ? "-contacts" : "") + ".csv");
	}

	/** The contact of each signature: the last confirmed form's. */
	private Map<UUID, SignatoriesExport.Contact> contacts(List<Signatory> listed) {
		Map<UUID, SignatoriesExport.Contact> contacts = new HashMap<>();
		for (Signatory signatory : listed) {
			this.signatures.submissions(signatory.id())
				.stream()
				.filter((submission) -> submission.confirmedAt() != null)
				.max(Comparator.comparing(Submission::confirmedAt))
				.ifPresent(
						(submission) -> contacts.put(signatory.id(), new SignatoriesExport.Contact(submission.contact(),
								this.people.email(submission.personId()).orElse(null))));
		}
		return contacts;
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

}
