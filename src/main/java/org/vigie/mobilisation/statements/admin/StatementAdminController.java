package org.vigie.mobilisation.statements.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;
import org.vigie.mobilisation.statements.SignatureStore;
import org.vigie.mobilisation.statements.Statement;
import org.vigie.mobilisation.statements.StatementPaths;
import org.vigie.mobilisation.statements.StatementStore;
import org.vigie.mobilisation.statements.StatementsDeclarations;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * The list of statements with their figures, and a statement's form (texts in the three
 * languages side by side). A refused form comes back as typed with the reason, and
 * nothing is stored.
 */
@Controller("mobilisationStatementsAdminController")
class StatementAdminController {

	private final StatementStore statements;

	private final SignatureStore signatures;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	private final SiteProperties site;

	private final Clock clock;

	StatementAdminController(StatementStore statements, SignatureStore signatures, TransactionTemplate transactions,
			AuditTrail audit, SiteProperties site, Clock clock) {
		this.statements = statements;
		this.signatures = signatures;
		this.transactions = transactions;
		this.audit = audit;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping(StatementPaths.ADMIN)
	String list(@AuthenticationPrincipal StaffIdentity me, Model model) {
		LocalDate today = today();
		model.addAttribute("rows",
				this.statements.all()
					.stream()
					.map((statement) -> new StatementRow(statement.id(), statement.text(me.language()).title(),
							statement.key(), statement.open(today), this.signatures.count(statement.id()),
							(int) this.signatures.signatures(statement.id())
								.stream()
								.filter((s) -> s.awaitingReview() && !s.refused())
								.count()))
					.toList());
		return "mobilisation/statements/admin/list";
	}

	@GetMapping(StatementPaths.ADMIN + "/new")
	String newStatement(Model model) {
		return form(null, StatementForm.empty(today()), null, model);
	}

	@PostMapping(StatementPaths.ADMIN + "/new")
	String create(@RequestParam Map<String, String> fields, @AuthenticationPrincipal StaffIdentity me,
			HttpServletResponse response, Model model) {
		StatementForm form = StatementForm.read(fields, null);
		return save(null, form, me, response, model);
	}

	@GetMapping(StatementPaths.ADMIN + "/{id}")
	String edit(@PathVariable String id, @RequestParam(required = false) String saved, Model model) {
		Statement statement = statement(this.statements, id);
		model.addAttribute("saved", saved != null);
		return form(statement, StatementForm.of(statement), null, model);
	}

	@PostMapping(StatementPaths.ADMIN + "/{id}")
	String update(@PathVariable String id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		Statement statement = statement(this.statements, id);
		return save(statement, StatementForm.read(fields, statement.key()), me, response, model);
	}

	private String save(Statement existing, StatementForm form, StaffIdentity me, HttpServletResponse response,
			Model model) {
		UUID id = (existing != null) ? existing.id() : UUID.randomUUID();
		try {
			Statement statement = form.statement(id);
			if (existing == null && this.statements.byKey(statement.key()).isPresent()) {
				throw new IllegalArgumentException("mobilisation.statements.admin.problem.key");
			}
			for (Language language : Language.all()) {
				if (this.statements.slugTaken(language, statement.text(language).slug(), id)) {
					throw new IllegalArgumentException("mobilisation.statements.admin.problem.slugTaken");
				}
			}
			this.transactions.executeWithoutResult((status) -> {
				this.statements.save(statement, this.clock.instant());
				this.audit.record(StatementsDeclarations.SAVED, me.email(), statement.key(), null);
			});
			return "redirect:" + StatementPaths.ADMIN + "/" + id + "?saved";
		}
		catch (IllegalArgumentException refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(existing, form, refused.getMessage(), model);
		}
	}

	private String form(Statement statement, StatementForm form, String problem, Model model) {
		model.addAttribute("statement", statement);
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		model.addAttribute("action",
				(statement != null) ? StatementPaths.ADMIN + "/" + statement.id() : StatementPaths.ADMIN + "/new");
		return "mobilisation/statements/admin/edit";
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.site.timeZone());
	}

	/** The statement an address names, or 404. */
	static Statement statement(StatementStore statements, String id) {
		try {
			return statements.byId(UUID.fromString(id))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	/**
	 * A statement in the list.
	 *
	 * @param id its id
	 * @param title its title in the staff member's language
	 * @param key its key
	 * @param open whether it can be signed today
	 * @param listed how many signatures are public
	 * @param queue how many wait for staff
	 */
	public record StatementRow(UUID id, String title, String key, boolean open, int listed, int queue) {
	}

}
