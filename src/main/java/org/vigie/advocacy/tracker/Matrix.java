package org.vigie.advocacy.tracker;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The whole tracker for one instrument as it stood on a day: every member state ×
 * provision.
 *
 * @param instrument the instrument
 * @param provisions its provisions in order
 * @param states the member states in protocol order
 * @param cells every cell, by state then provision, in the orders above
 * @param asOf the day it shows: what was true and published at the end of that day
 */
public record Matrix(Instrument instrument, List<Provision> provisions, List<String> states, List<Cell> cells,
		LocalDate asOf) {

	public Matrix {
		provisions = List.copyOf(provisions);
		states = List.copyOf(states);
		cells = List.copyOf(cells);
	}

	/** The cell of a state and a provision. */
	public Cell cell(String state, Provision provision) {
		int row = this.states.indexOf(state);
		int column = this.provisions.indexOf(provision);
		if (row < 0 || column < 0) {
			throw new IllegalArgumentException("Not in this matrix: " + state + " × " + provision.article());
		}
		return this.cells.get(row * this.provisions.size() + column);
	}

	/** A state's row. */
	public List<Cell> row(String state) {
		int row = this.states.indexOf(state);
		if (row < 0) {
			throw new IllegalArgumentException("Not a member state: " + state);
		}
		return this.cells.subList(row * this.provisions.size(), (row + 1) * this.provisions.size());
	}

	/** A provision's column. */
	public List<Cell> column(Provision provision) {
		return this.cells.stream().filter((cell) -> cell.provision().equals(provision)).toList();
	}

	/** How many cells of a list have each status (every status present, zero or more). */
	public static Map<Status, Integer> counts(List<Cell> cells) {
		Map<Status, Integer> counts = new EnumMap<>(Status.class);
		for (Status status : Status.values()) {
			counts.put(status, 0);
		}
		cells.forEach((cell) -> counts.merge(cell.status(), 1, Integer::sum));
		return counts;
	}

}
