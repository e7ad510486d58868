package org.vigie.advocacy.tracker.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigie.advocacy.tracker.Cell;
import org.vigie.advocacy.tracker.Matrix;
import org.vigie.advocacy.tracker.MemberStates;
import org.vigie.advocacy.tracker.Provision;
import org.vigie.advocacy.tracker.Status;
import org.vigie.advocacy.tracker.Theme;
import org.vigie.advocacy.web.AdvocacyPaths;
import org.vigie.site.Language;

/**
 * The matrix as the page shows it: provisions grouped by theme (one column group per
 * theme), the rows of the states kept by the filter in the order asked, each cell with
 * the address of its evidence and whether the status filter keeps it.
 *
 * @param groups the column groups, in the instrument's order of their first provision
 * @param rows the rows shown
 * @param counts how many cells of the whole matrix have each status
 */
record MatrixView(List<Group> groups, List<Row> rows, Map<Status, Integer> counts) {

	/** The provisions of one theme, side by side. */
	record Group(Theme theme, List<Provision> provisions) {
	}

	/** A member state's row. */
	record Row(String state, String name, String path, int transposed, List<Shown> cells) {
	}

	/** A cell with its evidence's address; {@code kept} is false when filtered out. */
	record Shown(Cell cell, String path, boolean kept) {
	}

	/** Builds the view of a matrix for a reader's filter. */
	static MatrixView of(Matrix matrix, MatrixFilter filter, Language language, String instrumentQuery) {
		Map<Theme, List<Provision>> byTheme = new LinkedHashMap<>();
		matrix.provisions()
			.stream()
			.filter((provision) -> filter.theme().map((theme) -> theme == provision.theme()).orElse(true))
			.forEach((provision) -> byTheme.computeIfAbsent(provision.theme(), (theme) -> new ArrayList<>())
				.add(provision));
		List<Group> groups = byTheme.entrySet()
			.stream()
			.map((entry) -> new Group(entry.getKey(), entry.getValue()))
			.toList();
		List<Provision> columns = groups.stream().flatMap((group) -> group.provisions().stream()).toList();
		List<Row> rows = new ArrayList<>();
		for (String state : matrix.states()) {
			if (!filter.states().isEmpty() && !filter.states().contains(state)) {
				continue;
			}
			List<Shown> cells = new ArrayList<>(columns.size());
			String countryPath = AdvocacyPaths.country(language, state) + instrumentQuery;
			for (Provision provision : columns) {
				Cell cell = matrix.cell(state, provision);
				boolean kept = filter.status().map((status) -> status == cell.status()).orElse(true);
				cells.add(new Shown(cell, countryPath + "#article-" + provision.article(), kept));
			}
			if (filter.status().isPresent() && cells.stream().noneMatch(Shown::kept)) {
				continue;
			}
			rows.add(new Row(state, MemberStates.name(state, language), countryPath, transposed(matrix.row(state)),
					cells));
		}
		rows.sort(order(filter.sort(), language));
		return new MatrixView(groups, rows, Matrix.counts(matrix.cells()));
	}

	/** How many of a row's provisions are transposed or gone further. */
	static int transposed(List<Cell> cells) {
		return (int) cells.stream()
			.filter((cell) -> cell.status() == Status.TRANSPOSED || cell.status() == Status.GOES_FURTHER)
			.count();
	}

	private static Comparator<Row> order(String sort, Language language) {
		Collator collator = Collator.getInstance(language.locale());
		Comparator<Row> byName = Comparator.comparing(Row::name, collator);
		return MatrixFilter.BY_TRANSPOSED.equals(sort)
				? Comparator.comparingInt(Row::transposed).reversed().thenComparing(byName) : byName;
	}

	/** How many columns the table has (the state's and its count's included). */
	public int width() {
		return 2 + this.groups.stream().mapToInt((group) -> group.provisions().size()).sum();
	}

}
