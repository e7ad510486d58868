package org.vigie.mobilisation.statements.admin;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.identity.StaffIdentity;
import org.vigie.mobilisation.statements.Moderation;
import org.vigie.mobilisation.statements.Signatory;
import org.vigie.mobilisation.statements.SignatureStore;
import org.vigie.mobilisation.statements.Statement;
import org.vigie.mobilisation.statements.StatementPaths;
import org.vigie.mobilisation.statements.StatementStore;
import org.vigie.mobilisation.statements.Submission;

/**
 * A statement's signatures for staff: the moderation queue first, then every signature
 * with the submissions merged into it (which form made it, which were merged by name or
 * by domain), and the actions approve, refuse and rename.
 */
@Controller("mobilisationStatementsSignatureAdminController")
class SignatureAdminController {

	private final StatementStore statements;

	private final SignatureStore signatures;

	private final Moderation moderation;

	private final Clock clock;

	SignatureAdminController(StatementStore statements, SignatureStore signatures, Moderation moderation, Clock clock) {
		this.statements = statements;
		this.signatures = signatures;
		this.moderation = moderation;
		this.clock = clock;
	}

	@GetMapping(StatementPaths.ADMIN + "/{id}/signatures")
	String signatures(@PathVariable String id, @RequestParam(required = false) String done,
			@AuthenticationPrincipal StaffIdentity me, Model model) {
		Statement statement = StatementAdminController.statement(this.statements, id);
		return page(statement, done, null, me, model);
	}

	@PostMapping(StatementPaths.ADMIN + "/{id}/signatures/{signature}/approve")
	String approve(@PathVariable String id, @PathVariable String signature, @AuthenticationPrincipal StaffIdentity me) {
		Statement statement = StatementAdminController.statement(this.statements, id);
		this.moderation.approve(signature(statement, signature), me.email(), this.clock.instant());
		return done(statement, "approved");
	}

	@PostMapping(StatementPaths.ADMIN + "/{id}/signatures/{signature}/refuse")
	String refuse(@PathVariable String id, @PathVariable String signature, @AuthenticationPrincipal StaffIdentity me) {
		Statement statement = StatementAdminController.statement(this.statements, id);
		this.moderation.refuse(signature(statement, signature), me.email());
		return done(statement, "refused");
	}

	@PostMapping(StatementPaths.ADMIN + "/{id}/signatures/{signature}/rename")
	String rename(@PathVariable String id, @PathVariable String signature, @RequestParam(defaultValue = "") String name,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		Statement statement = StatementAdminController.statement(this.statements, id);
		try {
			this.moderation.rename(signature(statement, signature), name.strip(), me.email());
			return done(statement, "renamed");
		}
		catch (IllegalArgumentException refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(statement, null, refused.getMessage(), me, model);
		}
	}

	private String page(Statement statement, String done, String problem, StaffIdentity me, Model model) {
		List<SignatureRow> rows = this.signatures.signatures(statement.id())
			.stream()
			.sorted(Comparator.comparing(Signatory::name, String.CASE_INSENSITIVE_ORDER))
			.map((signatory) -> new SignatureRow(signatory, this.signatures.submissions(signatory.id())))
			.toList();
		model.addAttribute("statement", statement);
		model.addAttribute("title", statement.text(me.language()).title());
		model.addAttribute("queue", rows.stream().filter(SignatureRow::waiting).toList());
		model.addAttribute("rows", rows);
		model.addAttribute("base", StatementPaths.ADMIN + "/" + statement.id());
		model.addAttribute("publicPath", StatementPaths.statement(me.language(), statement));
		model.addAttribute("done", (done != null && done.matches("approved|refused|renamed"))
				? "mobilisation.statements.admin.done." + done : null);
		model.addAttribute("problem", problem);
		return "mobilisation/statements/admin/signatures";
	}

	private Signatory signature(Statement statement, String id) {
		try {
			return this.signatures.signature(UUID.fromString(id))
				.filter((found) -> found.statementId().equals(statement.id()))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private static String done(Statement statement, String what) {
		return "redirect:" + StatementPaths.ADMIN + "/" + statement.id() + "/signatures?done=" + what;
	}

	/**
	 * A signature with the forms merged into it.
	 *
	 * @param signatory the signature
	 * @param submissions its forms, oldest first
	 */
	public record SignatureRow(Signatory signatory, List<Submission> submissions) {

		/** Whether staff should look at it now. */
		public boolean waiting() {
			return this.signatory.awaitingReview() && !this.signatory.refused() && !this.signatory.listed()
					&& this.signatory.withdrawnAt() == null;
		}

		/** Its state, as the key suffix of its label. */
		public String status() {
			if (this.signatory.withdrawnAt() != null) {
				return "withdrawn";
			}
			if (this.signatory.refused()) {
				return "refused";
			}
			if (this.signatory.listed()) {
				return "listed";
			}
			return this.signatory.awaitingReview() ? "review" : "pending";
		}

	}

}
