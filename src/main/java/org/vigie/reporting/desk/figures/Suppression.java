package org.vigie.reporting.desk.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Hides small counts in a one-way table of figures.
 * <p>
 * Every count below the threshold is shown as "fewer than" it, never as its number
 * (primary suppression). The figures publish no totals at all, neither per table nor for
 * the year when a count is hidden; yet the four tables over every report of the year
 * (category, country, type of place, channel) add up to the same total, so a table where
 * nothing is hidden gives that total away. Against subtraction from it, a table whose
 * hidden counts could be worked out exactly (one hidden count that is not zero, or hidden
 * counts all at the threshold minus one, which "fewer than" and their known sum pin down)
 * also hides its smallest shown count (complementary suppression), marked as hidden
 * rather than "fewer than", since it is not small. What remains is bounds: someone
 * comparing the tables learns the sum of a table's hidden counts, never one of them alone
 * by arithmetic on one table; combining differences between tables can still narrow a
 * hidden count to a range.
 */
final class Suppression {

	private Suppression() {
	}

	/** The table's cells, in the given order, with small counts hidden. */
	static List<Cell> apply(Map<String, Long> counts, int threshold) {
		List<Cell> cells = new ArrayList<>();
		counts.forEach((value, count) -> cells
			.add(new Cell(value, count, (count < threshold) ? Cell.Shown.FEWER : Cell.Shown.COUNT)));
		if (exposed(cells, threshold)) {
			cells.stream()
				.filter((cell) -> cell.shown() == Cell.Shown.COUNT)
				.min(Comparator.comparingLong(Cell::count))
				.ifPresent((smallest) -> cells.set(cells.indexOf(smallest), smallest.as(Cell.Shown.HIDDEN)));
		}
		return cells;
	}

	/** Whether the hidden counts could be told exactly from their sum. */
	private static boolean exposed(List<Cell> cells, int threshold) {
		List<Cell> hidden = cells.stream().filter((cell) -> cell.shown() == Cell.Shown.FEWER).toList();
		long sum = hidden.stream().mapToLong(Cell::count).sum();
		if (hidden.isEmpty() || sum == 0) {
			return false;
		}
		return hidden.size() == 1 || sum == (long) hidden.size() * (threshold - 1);
	}

}
