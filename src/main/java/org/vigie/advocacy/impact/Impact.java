package org.vigie.advocacy.impact;

import java.util.List;

import org.vigie.advocacy.figures.ProjectReach;

/**
 * The impact page's figures in one language, each with its source and period.
 *
 * @param blocks the ledger's figures, one block per source that has any
 * @param reached the projects' reach figures
 * @param placed where the projects worked
 * @param headlines two or three figures for the home page and the advocacy page
 * @param demo whether demo data is loaded, so some figures are a fictitious example
 */
record Impact(List<Block> blocks, List<ProjectReach.Reached> reached, List<ProjectReach.Placed> placed,
		List<Headline> headlines, boolean demo) {

	Impact {
		blocks = List.copyOf(blocks);
		reached = List.copyOf(reached);
		placed = List.copyOf(placed);
		headlines = List.copyOf(headlines);
	}

	/**
	 * The figures of one source.
	 *
	 * @param source the source
	 * @param period its period in words ("since 3 March 2026")
	 * @param lines one line per year (and campaign for pledges)
	 */
	record Block(Source source, String period, List<Line> lines) {

		/** The source's name in lower case, for message keys and attributes. */
		public String key() {
			return this.source.name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * One year of a source (and one campaign for pledges).
	 *
	 * @param year the year
	 * @param group the campaign's key for pledges, or null
	 * @param figures its figures
	 */
	record Line(int year, String group, List<Figure> figures) {
	}

	/**
	 * A count and what it counts.
	 *
	 * @param unit what it counts ({@code young}, {@code teachers}, {@code workshops},
	 * {@code pledges}, {@code reports}, {@code learners})
	 * @param count how many, or null when hidden because it is too small to publish
	 */
	record Figure(String unit, Long count) {

		/** Whether the count is hidden (fewer than the smallest count shown). */
		public boolean hidden() {
			return this.count == null;
		}

	}

	/**
	 * A headline figure.
	 *
	 * @param unit what it counts ({@code reached}, {@code young}, {@code learners})
	 * @param count how many
	 */
	record Headline(String unit, long count) {
	}

}
