package org.vigie.advocacy.tracker.admin;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.vigie.advocacy.tracker.Assessment;
import org.vigie.advocacy.tracker.AssessmentDraft;
import org.vigie.advocacy.tracker.Cell;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.MemberStates;
import org.vigie.advocacy.tracker.Provision;
import org.vigie.advocacy.tracker.SourceKind;
import org.vigie.advocacy.tracker.Status;
import org.vigie.advocacy.tracker.TrackerProblem;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.advocacy.tracker.csv.DraftFields;
import org.vigie.advocacy.tracker.csv.FieldProblem;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.FormValues;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * One cell of the tracker (a member state × a provision): what it shows now with all its
 * evidence, every version recorded, and the two ways to change it. "Record a new status"
 * says the law or practice changed (a new row from a day on; the earlier stays true
 * before it); "correct the current row" says the row was wrong (it is replaced, and "as
 * of" an earlier day still shows what was published then). A refused form comes back
 * filled in with its problems, and nothing is written.
 */
@Controller
class CellController {

	private static final String CELL = TrackerAdminController.PATH + "/{code}/{article}/{state}";

	/** Form values are kept up to a little over the longest field (a note). */
	private static final int KEPT = 2100;

	private final TrackerStore tracker;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ZoneId zone;

	CellController(TrackerStore tracker, AuditTrail audit, TransactionTemplate transactions, Clock clock,
			SiteProperties site) {
		this.tracker = tracker;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
		this.zone = site.timeZone();
	}

	@GetMapping(CELL)
	String cell(@PathVariable String code, @PathVariable String article, @PathVariable String state,
			@RequestParam(required = false) String done, @AuthenticationPrincipal StaffIdentity me, Model model) {
		Place place = place(code, article, state);
		model.addAttribute("done", done);
		return show(place, me.language(), model, null, null, Map.of());
	}

	@PostMapping(CELL + "/record")
	String record(@PathVariable String code, @PathVariable String article, @PathVariable String state,
			@RequestParam Map<String, String> fields, @AuthenticationPrincipal StaffIdentity me,
			HttpServletResponse response, Model model) {
		Place place = place(code, article, state);
		FormValues values = new FormValues(fields, KEPT);
		Map<String, String> form = kept(values);
		Map<String, Message> problems = new LinkedHashMap<>();
		AssessmentDraft draft = checked(place, values::text, problems);
		if (draft == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(place, me.language(), model, form, null, problems);
		}
		this.transactions.executeWithoutResult((status) -> {
			this.tracker.record(draft, me.email(), this.clock.instant());
			this.audit.record(TrackerAudit.RECORDED, me.email(), place.target(), "status " + draft.status().name());
		});
		return "redirect:" + place.path() + "?done=recorded";
	}

	@PostMapping(CELL + "/correct")
	String correct(@PathVariable String code, @PathVariable String article, @PathVariable String state,
			@RequestParam Map<String, String> fields, @AuthenticationPrincipal StaffIdentity me,
			HttpServletResponse response, Model model) {
		Place place = place(code, article, state);
		FormValues values = new FormValues(fields, KEPT);
		Map<String, String> form = kept(values);
		Optional<Assessment> old = uuid(values.text("assessment")).flatMap(this.tracker::assessment)
			.filter((row) -> row.provisionId().equals(place.provision().id()) && row.state().equals(state));
		Map<String, Message> problems = new LinkedHashMap<>();
		if (old.isEmpty()) {
			problems.put(Message.FORM, new Message("advocacy.tracker.problem.gone", new Object[0]));
			response.setStatus(HttpStatus.CONFLICT.value());
			return show(place, me.language(), model, null, form, problems);
		}
		form.put("valid_from", old.get().validFrom().toString());
		AssessmentDraft draft = checked(place, form::get, problems);
		if (draft == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(place, me.language(), model, null, form, problems);
		}
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.tracker.correct(old.get().id(), draft, me.email(), this.clock.instant());
				this.audit.record(TrackerAudit.CORRECTED, me.email(), place.target(),
						"status " + old.get().status().name() + " to " + draft.status().name());
			});
		}
		catch (TrackerProblem ex) {
			problems.put(Message.FORM, new Message(ex.key(), ex.arguments()));
			response.setStatus(HttpStatus.CONFLICT.value());
			return show(place, me.language(), model, null, form, problems);
		}
		return "redirect:" + place.path() + "?done=corrected";
	}

	/** The draft when the fields are right; null with the problems otherwise. */
	private AssessmentDraft checked(Place place, java.util.function.Function<String, String> fields,
			Map<String, Message> problems) {
		AssessmentDraft draft;
		try {
			draft = DraftFields.read(place.provision().id(), place.state(), fields);
		}
		catch (FieldProblem ex) {
			problems.put(field(ex.column()), new Message(ex.key(), ex.arguments()));
			return null;
		}
		try {
			this.tracker.check(draft);
			return draft;
		}
		catch (TrackerProblem ex) {
			problems.put(field(DraftFields.column(ex, draft, this.tracker.today())),
					new Message(ex.key(), ex.arguments()));
			return null;
		}
	}

	private static String field(String column) {
		return (column != null && DraftFields.EVIDENCE.contains(column)) ? column : Message.FORM;
	}

	private String show(Place place, Language language, Model model, Map<String, String> recordForm,
			Map<String, String> correctForm, Map<String, Message> problems) {
		Cell cell = this.tracker.matrix(place.instrument()).cell(place.state(), place.provision());
		Assessment own = cell.carriedOver() ? null : cell.assessment();
		Map<String, String> current = DraftFields.of(cell.assessment());
		Map<String, String> fresh = new LinkedHashMap<>(current);
		fresh.put("valid_from", this.tracker.today().toString());
		fresh.put("reviewed_on", this.tracker.today().toString());
		model.addAttribute("instrument", place.instrument());
		model.addAttribute("provision", place.provision());
		model.addAttribute("state", place.state());
		model.addAttribute("stateName", MemberStates.name(place.state(), language));
		model.addAttribute("language", language);
		model.addAttribute("languages", Language.all());
		model.addAttribute("cell", cell);
		model.addAttribute("own", own);
		model.addAttribute("history", history(place.provision().id(), place.state()));
		model.addAttribute("inherited",
				cell.carriedOver() ? history(place.provision().derivedFromId(), place.state()) : List.of());
		model.addAttribute("path", place.path());
		model.addAttribute("recordForm", (recordForm != null) ? recordForm : fresh);
		model.addAttribute("correctForm", (correctForm != null) ? correctForm : current);
		model.addAttribute("recordProblems", (recordForm != null) ? problems : Map.of());
		model.addAttribute("correctProblems", (correctForm != null) ? problems : Map.of());
		model.addAttribute("statuses", Status.values());
		model.addAttribute("sourceKinds", SourceKind.values());
		return "advocacy/tracker/admin/cell";
	}

	private List<HistoryLine> history(UUID provisionId, String state) {
		return this.tracker.history(provisionId, state).stream().map((row) -> HistoryLine.of(row, this.zone)).toList();
	}

	private Place place(String code, String article, String state) {
		Instrument instrument = TrackerAdminController.instrument(this.tracker, code);
		Provision provision = this.tracker.provision(instrument.id(), article)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!MemberStates.isMember(state)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return new Place(instrument, provision, state);
	}

	private static Map<String, String> kept(FormValues values) {
		Map<String, String> form = new LinkedHashMap<>();
		DraftFields.EVIDENCE.forEach((column) -> form.put(column, values.text(column)));
		return form;
	}

	static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The cell a request is about. */
	private record Place(Instrument instrument, Provision provision, String state) {

		String path() {
			return TrackerAdminController.cellPath(this.instrument, this.provision.article(), this.state);
		}

		String target() {
			return "advocacy-tracker:" + this.instrument.code() + "/" + this.provision.article() + "/" + this.state;
		}

	}

}
