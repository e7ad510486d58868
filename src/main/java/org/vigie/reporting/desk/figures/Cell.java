package org.vigie.reporting.desk.figures;

/**
 * One count of a table of figures, as it may be published.
 *
 * @param value what is counted (a category's name, a country's code)
 * @param count the count; only ever shown when {@code shown} is {@link Shown#COUNT}
 * @param shown how it is shown
 */
record Cell(String value, long count, Shown shown) {

	/** How a count is published. */
	enum Shown {

		/** The number itself. */
		COUNT,

		/** "Fewer than" the threshold: the count is below it. */
		FEWER,

		/**
		 * Hidden although not small, so that a small count beside it cannot be worked out
		 * by subtraction.
		 */
		HIDDEN

	}

	Cell as(Shown how) {
		return new Cell(this.value, this.count, how);
	}

}
