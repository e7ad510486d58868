package org.vigie.advocacy.tracker.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.advocacy.tracker.Assessment;
import org.vigie.advocacy.tracker.Cell;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.Matrix;
import org.vigie.advocacy.tracker.MemberStates;
import org.vigie.advocacy.tracker.Provision;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.advocacy.web.AdvocacyPaths;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;

/**
 * A member state's page (its row of the matrix) and a provision's page (its column):
 * every cell with its full evidence and every version recorded for it, corrections
 * marked, read in one query. An unknown state or article is a 404.
 */
@Controller
class CellsController {

	private final TrackerData data;

	private final TrackerStore store;

	private final TrackerPages pages;

	CellsController(TrackerData data, TrackerStore store, TrackerPages pages) {
		this.data = data;
		this.store = store;
		this.pages = pages;
	}

	@GetMapping({ TrackerAddresses.FR + "/pays/{code}", TrackerAddresses.NL + "/land/{code}",
			TrackerAddresses.EN + "/country/{code}" })
	String country(Language language, @PathVariable String code, @RequestParam(required = false) String instrument,
			Model model) {
		String state = code.toUpperCase(Locale.ROOT);
		if (!MemberStates.isMember(state) || !code.equals(code.toLowerCase(Locale.ROOT))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Instrument shown = instrument(instrument);
		Matrix matrix = this.data.matrix(shown, this.data.today());
		String name = MemberStates.name(state, language);
		String query = TrackerPages.instrumentQuery(instrument);
		PageMeta meta = this.pages.meta(
				language, this.pages.text("advocacy.tracker.country.title", language, name), this.pages
					.text("advocacy.tracker.country.description", language, name, TrackerData.name(shown, language)),
				(other) -> AdvocacyPaths.country(other, state));
		this.pages.page(model, meta, shown);
		List<Cell> row = matrix.row(state);
		model.addAttribute("state", state);
		model.addAttribute("stateName", name);
		model.addAttribute("counts", Matrix.counts(row));
		model.addAttribute("cells",
				evidence(row, List.of(state), (cell) -> "article-" + cell.provision().article(),
						(cell) -> this.pages.text("advocacy.tracker.provision.title", language,
								cell.provision().article(), cell.provision().title(language)),
						(cell) -> AdvocacyPaths.provision(language, cell.provision().article()) + query));
		model.addAttribute("trackerPath", AdvocacyPaths.tracker(language) + query);
		return "advocacy/tracker/country";
	}

	@GetMapping({ TrackerAddresses.FR + "/article/{article}", TrackerAddresses.NL + "/artikel/{article}",
			TrackerAddresses.EN + "/article/{article}" })
	String provision(Language language, @PathVariable String article, @RequestParam(required = false) String instrument,
			Model model) {
		Instrument shown = instrument(instrument);
		Matrix matrix = this.data.matrix(shown, this.data.today());
		Provision provision = matrix.provisions()
			.stream()
			.filter((one) -> one.article().equals(article))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String query = TrackerPages.instrumentQuery(instrument);
		String title = this.pages.text("advocacy.tracker.provision.title", language, provision.article(),
				provision.title(language));
		PageMeta meta = this.pages.meta(language, title,
				this.pages.text("advocacy.tracker.provision.description", language, provision.article(),
						TrackerData.name(shown, language)),
				(other) -> AdvocacyPaths.provision(other, provision.article()));
		this.pages.page(model, meta, shown);
		List<Cell> column = matrix.column(provision);
		model.addAttribute("provision", provision);
		model.addAttribute("counts", Matrix.counts(column));
		model.addAttribute("cells",
				evidence(column, MemberStates.CODES, (cell) -> "state-" + cell.state(),
						(cell) -> MemberStates.name(cell.state(), language),
						(cell) -> AdvocacyPaths.country(language, cell.state()) + query));
		model.addAttribute("trackerPath", AdvocacyPaths.tracker(language) + query);
		return "advocacy/tracker/provision";
	}

	/** The cells with their histories, read in one query. */
	private List<Evidence> evidence(List<Cell> cells, List<String> states, Function<Cell, String> anchor,
			Function<Cell, String> heading, Function<Cell, String> other) {
		List<UUID> provisions = new ArrayList<>();
		cells.stream().map(Cell::provision).distinct().forEach((provision) -> {
			provisions.add(provision.id());
			if (provision.unchanged() && provision.derivedFromId() != null) {
				provisions.add(provision.derivedFromId());
			}
		});
		List<Assessment> all = this.store.histories(provisions, states);
		return cells.stream()
			.map((cell) -> new Evidence(cell, anchor.apply(cell), heading.apply(cell), other.apply(cell),
					all.stream().filter((row) -> belongs(row, cell)).toList()))
			.toList();
	}

	private static boolean belongs(Assessment row, Cell cell) {
		Provision provision = cell.provision();
		return row.state().equals(cell.state()) && (row.provisionId().equals(provision.id())
				|| (provision.unchanged() && row.provisionId().equals(provision.derivedFromId())));
	}

	private Instrument instrument(String code) {
		return this.data.instrument(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * A cell, its anchor and heading on the page, the address of the other page it is on
	 * (its provision's or its state's) and every version recorded for it.
	 */
	record Evidence(Cell cell, String anchor, String heading, String otherPath, List<Assessment> history) {
	}

}
