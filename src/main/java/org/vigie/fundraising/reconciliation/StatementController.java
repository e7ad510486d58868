package org.vigie.fundraising.reconciliation;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.vigie.fundraising.statements.StatementProblem;
import org.vigie.identity.StaffIdentity;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The fundraisers' statement pages: the list of imports, the upload form, and what an
 * import found. A refused file is answered on the form with the reason, in the
 * fundraiser's language, and nothing recorded.
 */
@Controller
class StatementController {

	private static final int NOTEWORTHY = 200;

	private final StatementImport importer;

	private final StatementStore store;

	private final ReviewQueue queue;

	private final MessageSource messages;

	private final Clock clock;

	StatementController(StatementImport importer, StatementStore store, ReviewQueue queue, MessageSource messages,
			Clock clock) {
		this.importer = importer;
		this.store = store;
		this.queue = queue;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(ReconciliationPaths.STATEMENTS)
	String list(@AuthenticationPrincipal StaffIdentity me, Model model) {
		model.addAttribute("imports", this.store.imports(100));
		model.addAttribute("shown", new Shown(me.language()));
		model.addAttribute("waiting", this.queue.waiting());
		return "fundraising/reconciliation/statements";
	}

	@GetMapping(ReconciliationPaths.IMPORT)
	String form(@RequestParam(required = false) String problem, @AuthenticationPrincipal StaffIdentity me,
			Model model) {
		model.addAttribute("problem", "tooLarge".equals(problem)
				? this.messages.getMessage("fundraising.reconciliation.import.tooLarge", null, me.language().locale())
				: null);
		return "fundraising/reconciliation/import";
	}

	@PostMapping(ReconciliationPaths.IMPORT)
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		String problem;
		if (file == null || file.isEmpty()) {
			problem = this.messages.getMessage("fundraising.reconciliation.import.empty", null, me.language().locale());
		}
		else {
			try {
				ImportSummary summary = this.importer.importFile(file, me.email(), this.clock.instant());
				return "redirect:" + ReconciliationPaths.imported(summary.id());
			}
			catch (StatementProblem refused) {
				problem = this.messages.getMessage(refused.code(), refused.arguments(), me.language().locale());
			}
			catch (ImportRefused refused) {
				problem = this.messages.getMessage(refused.code(), refused.arguments(), me.language().locale());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("problem", problem);
		return "fundraising/reconciliation/import";
	}

	@GetMapping(ReconciliationPaths.STATEMENTS + "/imports/{id}")
	String imported(@PathVariable String id, @AuthenticationPrincipal StaffIdentity me, Model model) {
		UUID importId;
		try {
			importId = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		ImportSummary summary = this.store.importById(importId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<StoredLine> noteworthy = this.queue.noteworthy(importId, NOTEWORTHY);
		model.addAttribute("summary", summary);
		model.addAttribute("statements", this.store.statementsOf(importId));
		model.addAttribute("noteworthy", noteworthy);
		model.addAttribute("shown", new Shown(me.language()));
		return "fundraising/reconciliation/result";
	}

}
