package org.vigie.reporting.desk.figures;

/**
 * The figures as CSV: one line per count, {@code dimension,value,count}, where a hidden
 * count reads {@code fewer than 5} or {@code hidden}, exactly as on the page. Values are
 * enum names and country codes, never text anyone typed, so no cell can carry a formula.
 */
final class FiguresCsv {

	private FiguresCsv() {
	}

	static String of(AnnualFigures.Figures figures) {
		StringBuilder csv = new StringBuilder("dimension,value,count\r\n");
		csv.append("total,").append(figures.year()).append(',').append(total(figures)).append("\r\n");
		figures.tables()
			.forEach((table) -> table.cells()
				.forEach((cell) -> csv.append(table.dimension())
					.append(',')
					.append(cell.value())
					.append(',')
					.append(count(cell, figures.threshold()))
					.append("\r\n")));
		return csv.toString();
	}

	private static String total(AnnualFigures.Figures figures) {
		return (figures.total() != null) ? figures.total().toString() : "hidden";
	}

	private static String count(Cell cell, int threshold) {
		return switch (cell.shown()) {
			case COUNT -> Long.toString(cell.count());
			case FEWER -> "fewer than " + threshold;
			case HIDDEN -> "hidden";
		};
	}

}
