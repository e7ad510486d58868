package org.vigie.advocacy.tracker.csv;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.advocacy.tracker.AssessmentDraft;
import org.vigie.advocacy.tracker.Cell;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.Matrix;
import org.vigie.advocacy.tracker.MemberStates;
import org.vigie.advocacy.tracker.Provision;
import org.vigie.advocacy.tracker.TrackerProblem;
import org.vigie.advocacy.tracker.TrackerStore;

/**
 * Imports an instrument's assessments from the tracker's CSV: every row is read and
 * checked first, every problem reported with its line and column, and nothing written
 * unless all rows are right; then, in one transaction, each row that says something other
 * than what the tracker shows becomes a new assessment, and the others are skipped (so
 * importing an export changes nothing).
 */
@Service
public class TrackerImport {

	/** Problems reported at most; the rest are counted. */
	static final int MOST_PROBLEMS = 200;

	private final TrackerStore tracker;

	TrackerImport(TrackerStore tracker) {
		this.tracker = tracker;
	}

	/**
	 * Reads, checks and, when every row is right, records a file.
	 * @param actor who imports it (recorded on each new row)
	 */
	@Transactional
	public ImportOutcome run(Instrument instrument, byte[] file, String actor, Instant now) {
		List<ImportProblem> problems = new ArrayList<>();
		List<CsvRows.Row> rows = CsvRows.read(file, problems);
		if (problems.isEmpty() && rows.isEmpty()) {
			problems.add(ImportProblem.file("advocacy.trackerAdmin.import.noRows"));
		}
		Matrix matrix = this.tracker.matrix(instrument);
		List<AssessmentDraft> changed = new ArrayList<>();
		Map<String, Long> seen = new HashMap<>();
		int unchanged = 0;
		for (CsvRows.Row row : rows) {
			Optional<AssessmentDraft> draft = draft(instrument, matrix, row, seen, problems);
			if (draft.isPresent()) {
				changed.add(draft.get());
			}
			else if (problems.isEmpty()) {
				unchanged++;
			}
		}
		if (!problems.isEmpty()) {
			return new ImportOutcome(limited(problems), 0, 0);
		}
		changed.forEach((draft) -> this.tracker.record(draft, actor, now));
		return new ImportOutcome(List.of(), changed.size(), unchanged);
	}

	/**
	 * The row's draft when it changes the cell, empty when it says what the cell shows or
	 * is wrong (its problems added).
	 */
	private Optional<AssessmentDraft> draft(Instrument instrument, Matrix matrix, CsvRows.Row row,
			Map<String, Long> seen, List<ImportProblem> problems) {
		long line = row.line();
		String code = row.value("instrument").strip();
		if (!code.isEmpty() && !code.equals(instrument.code())) {
			problems.add(new ImportProblem(line, "instrument", "advocacy.trackerAdmin.import.otherInstrument", code,
					instrument.code()));
			return Optional.empty();
		}
		String state = row.value("state").strip();
		if (!MemberStates.isMember(state)) {
			problems.add(new ImportProblem(line, "state",
					"EL".equals(state) ? "advocacy.trackerAdmin.import.greece" : "advocacy.tracker.problem.state",
					state));
			return Optional.empty();
		}
		String article = row.value("article").strip();
		Optional<Provision> provision = matrix.provisions()
			.stream()
			.filter((candidate) -> candidate.article().equals(article))
			.findFirst();
		if (provision.isEmpty()) {
			problems.add(new ImportProblem(line, "article", "advocacy.trackerAdmin.import.article", article,
					instrument.code()));
			return Optional.empty();
		}
		Long earlier = seen.putIfAbsent(state + "/" + article, line);
		if (earlier != null) {
			problems
				.add(new ImportProblem(line, "state", "advocacy.trackerAdmin.import.twice", state, article, earlier));
			return Optional.empty();
		}
		AssessmentDraft draft;
		try {
			draft = DraftFields.read(provision.get().id(), state, row::value);
		}
		catch (FieldProblem ex) {
			problems.add(new ImportProblem(line, ex.column(), ex.key(), ex.arguments()));
			return Optional.empty();
		}
		Cell cell = matrix.cell(state, provision.get());
		if (DraftFields.same(draft, cell.assessment())) {
			return Optional.empty();
		}
		try {
			this.tracker.check(draft);
		}
		catch (TrackerProblem ex) {
			LocalDate today = this.tracker.today();
			problems.add(new ImportProblem(line, DraftFields.column(ex, draft, today), ex.key(), ex.arguments()));
			return Optional.empty();
		}
		return Optional.of(draft);
	}

	private static List<ImportProblem> limited(List<ImportProblem> problems) {
		if (problems.size() <= MOST_PROBLEMS) {
			return problems;
		}
		List<ImportProblem> shown = new ArrayList<>(problems.subList(0, MOST_PROBLEMS));
		shown.add(ImportProblem.file("advocacy.trackerAdmin.import.more", problems.size() - MOST_PROBLEMS));
		return shown;
	}

}
