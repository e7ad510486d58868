package org.vigie.advocacy.tracker.csv;

import java.util.List;

/**
 * What an import did: either it was refused with its problems and wrote nothing, or it
 * recorded some rows and found the others unchanged.
 *
 * @param problems every problem found (empty when the import was written)
 * @param recorded how many rows were recorded as new assessments
 * @param unchanged how many rows said what the tracker already showed
 */
public record ImportOutcome(List<ImportProblem> problems, int recorded, int unchanged) {

	public ImportOutcome {
		problems = List.copyOf(problems);
	}

	/** Whether the import was refused (nothing written). */
	public boolean refused() {
		return !this.problems.isEmpty();
	}

}
