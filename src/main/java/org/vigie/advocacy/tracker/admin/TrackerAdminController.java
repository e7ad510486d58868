package org.vigie.advocacy.tracker.admin;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.advocacy.AdvocacyDeclarations;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.Matrix;
import org.vigie.advocacy.tracker.MemberStates;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.identity.StaffIdentity;

/**
 * The tracker's back-office entry: the instruments, and for each the staff matrix (state
 * × provision, with status words) whose cells lead to their edit pages.
 */
@Controller
class TrackerAdminController {

	/** Where the tracker's back-office lives. */
	static final String PATH = AdvocacyDeclarations.ADMIN + "/tracker";

	private final TrackerStore tracker;

	TrackerAdminController(TrackerStore tracker) {
		this.tracker = tracker;
	}

	@GetMapping(PATH)
	String list(@RequestParam(required = false) String problem, @AuthenticationPrincipal StaffIdentity me,
			Model model) {
		model.addAttribute("instruments", this.tracker.instruments());
		model.addAttribute("language", me.language());
		model.addAttribute("tooLarge", "tooLarge".equals(problem));
		return "advocacy/tracker/admin/list";
	}

	@GetMapping(PATH + "/{code}")
	String matrix(@PathVariable String code, @AuthenticationPrincipal StaffIdentity me, Model model) {
		Instrument instrument = instrument(this.tracker, code);
		Matrix matrix = this.tracker.matrix(instrument);
		model.addAttribute("instrument", instrument);
		model.addAttribute("matrix", matrix);
		model.addAttribute("rows",
				matrix.states()
					.stream()
					.map((state) -> new StateRow(state, MemberStates.name(state, me.language()), matrix.row(state)))
					.toList());
		model.addAttribute("language", me.language());
		return "advocacy/tracker/admin/matrix";
	}

	/** The instrument with this code, or 404. */
	static Instrument instrument(TrackerStore tracker, String code) {
		return tracker.instrument(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Where a cell is edited. */
	static String cellPath(Instrument instrument, String article, String state) {
		return PATH + "/" + instrument.code() + "/" + article + "/" + state;
	}

	/**
	 * A member state's row of the matrix.
	 *
	 * @param code its ISO code
	 * @param name its name in the back-office's language
	 * @param cells its cells in the provisions' order
	 */
	record StateRow(String code, String name, List<org.vigie.advocacy.tracker.Cell> cells) {
	}

}
