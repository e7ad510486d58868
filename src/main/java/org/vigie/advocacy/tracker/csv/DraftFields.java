package org.vigie.advocacy.tracker.csv;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.vigie.advocacy.tracker.Assessment;
import org.vigie.advocacy.tracker.AssessmentDraft;
import org.vigie.advocacy.tracker.SourceKind;
import org.vigie.advocacy.tracker.Status;
import org.vigie.advocacy.tracker.TrackerProblem;
import org.vigie.site.Language;

/**
 * The evidence of an assessment as named text fields: the CSV columns, which the staff
 * form uses as its field names too, so a form and an import read, check and compare an
 * assessment the same way.
 */
public final class DraftFields {

	/** The evidence columns, in the dataset's order. */
	public static final List<String> EVIDENCE = List.of("status", "valid_from", "reviewed_on", "measure_title",
			"measure_celex", "measure_address", "measure_article", "quote", "quote_language", "gloss_fr", "gloss_nl",
			"gloss_en", "note_fr", "note_nl", "note_en", "source_kind", "source_address", "source_label");

	/** The longest text each column takes (the store's column sizes). */
	private static final Map<String, Integer> LONGEST = Map.ofEntries(Map.entry("status", 20),
			Map.entry("valid_from", 10), Map.entry("reviewed_on", 10), Map.entry("measure_title", 500),
			Map.entry("measure_celex", 40), Map.entry("measure_address", 500), Map.entry("measure_article", 100),
			Map.entry("quote", 1000), Map.entry("quote_language", 8), Map.entry("gloss_fr", 1000),
			Map.entry("gloss_nl", 1000), Map.entry("gloss_en", 1000), Map.entry("note_fr", 2000),
			Map.entry("note_nl", 2000), Map.entry("note_en", 2000), Map.entry("source_kind", 20),
			Map.entry("source_address", 500), Map.entry("source_label", 300));

	private DraftFields() {
	}

	/**
	 * Reads a draft from fields.
	 * @param value a field's text by column name (null or blank when absent)
	 * @throws FieldProblem the first field that cannot be read
	 */
	public static AssessmentDraft read(UUID provisionId, String state, Function<String, String> value) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String column : EVIDENCE) {
			String text = value.apply(column);
			text = (text != null) ? text.strip() : "";
			if (text.length() > LONGEST.get(column)) {
				throw new FieldProblem(column, "advocacy.tracker.problem.length", LONGEST.get(column));
			}
			fields.put(column, text);
		}
		Map<Language, String> glosses = new EnumMap<>(Language.class);
		Map<Language, String> notes = new EnumMap<>(Language.class);
		for (Language language : Language.all()) {
			glosses.put(language, fields.get("gloss_" + language.code()));
			notes.put(language, fields.get("note_" + language.code()));
		}
		return new AssessmentDraft(provisionId, state, status(fields.get("status")), day(fields, "valid_from"),
				day(fields, "reviewed_on"),
				new Assessment.Measure(fields.get("measure_title"), fields.get("measure_celex"),
						fields.get("measure_address"), fields.get("measure_article")),
				new Assessment.Quote(fields.get("quote"), fields.get("quote_language"), glosses), notes,
				new Assessment.Source(sourceKind(fields.get("source_kind")), fields.get("source_address"),
						fields.get("source_label")));
	}

	/**
	 * The fields of a recorded assessment (all empty but the status when there is none).
	 */
	public static Map<String, String> of(Assessment assessment) {
		Map<String, String> fields = new LinkedHashMap<>();
		EVIDENCE.forEach((column) -> fields.put(column, ""));
		if (assessment == null) {
			fields.put("status", Status.NOT_ASSESSED.name());
			return fields;
		}
		fields.put("status", assessment.status().name());
		fields.put("valid_from", assessment.validFrom().toString());
		fields.put("reviewed_on", assessment.reviewedOn().toString());
		fields.put("measure_title", text(assessment.measure().title()));
		fields.put("measure_celex", text(assessment.measure().celex()));
		fields.put("measure_address", text(assessment.measure().address()));
		fields.put("measure_article", text(assessment.measure().article()));
		fields.put("quote", text(assessment.quote().text()));
		fields.put("quote_language", text(assessment.quote().language()));
		for (Language language : Language.all()) {
			fields.put("gloss_" + language.code(), text(assessment.quote().gloss(language)));
			fields.put("note_" + language.code(), text(assessment.note(language)));
		}
		fields.put("source_kind", kind(assessment.source().kind()));
		fields.put("source_address", text(assessment.source().address()));
		fields.put("source_label", text(assessment.source().label()));
		return fields;
	}

	/** The fields of a draft, as {@link #of(Assessment)} gives them for a stored row. */
	public static Map<String, String> of(AssessmentDraft draft) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("status", (draft.status() != null) ? draft.status().name() : "");
		fields.put("valid_from", (draft.validFrom() != null) ? draft.validFrom().toString() : "");
		fields.put("reviewed_on", (draft.reviewedOn() != null) ? draft.reviewedOn().toString() : "");
		fields.put("measure_title", text(draft.measure().title()));
		fields.put("measure_celex", text(draft.measure().celex()));
		fields.put("measure_address", text(draft.measure().address()));
		fields.put("measure_article", text(draft.measure().article()));
		fields.put("quote", text(draft.quote().text()));
		fields.put("quote_language", text(draft.quote().language()));
		for (Language language : Language.all()) {
			fields.put("gloss_" + language.code(), text(draft.quote().gloss(language)));
			fields.put("note_" + language.code(), text(draft.notes().get(language)));
		}
		fields.put("source_kind", kind(draft.source().kind()));
		fields.put("source_address", text(draft.source().address()));
		fields.put("source_label", text(draft.source().label()));
		return fields;
	}

	/**
	 * Whether a draft says exactly what the shown assessment says (same status, dates and
	 * evidence), so recording it would add nothing.
	 */
	public static boolean same(AssessmentDraft draft, Assessment shown) {
		return of(draft).equals(of(shown));
	}

	/** The column a problem the store found is about, or null for the whole row. */
	public static String column(TrackerProblem problem, AssessmentDraft draft, LocalDate today) {
		return switch (problem.key()) {
			case "advocacy.tracker.problem.state" -> "state";
			case "advocacy.tracker.problem.provision" -> "article";
			case "advocacy.tracker.problem.status" -> "status";
			case "advocacy.tracker.problem.date" -> (draft.validFrom() == null) ? "valid_from" : "reviewed_on";
			case "advocacy.tracker.problem.future" ->
				(draft.validFrom() != null && draft.validFrom().isAfter(today)) ? "valid_from" : "reviewed_on";
			case "advocacy.tracker.problem.source" -> "source_kind";
			case "advocacy.tracker.problem.address" ->
				String.valueOf(problem.arguments()[0]).equals(draft.measure().address()) ? "measure_address"
						: "source_address";
			default -> null;
		};
	}

	private static Status status(String text) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Status.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem("status", "advocacy.trackerAdmin.problem.statusUnknown", text);
		}
	}

	private static SourceKind sourceKind(String text) {
		if (text.isEmpty()) {
			return SourceKind.NONE;
		}
		try {
			return SourceKind.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem("source_kind", "advocacy.trackerAdmin.problem.sourceUnknown", text);
		}
	}

	private static LocalDate day(Map<String, String> fields, String column) {
		String text = fields.get(column);
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new FieldProblem(column, "advocacy.trackerAdmin.problem.day", text);
		}
	}

	/** A kind of source as compared: none is the empty text, as in an empty cell. */
	private static String kind(SourceKind kind) {
		return (kind == SourceKind.NONE) ? "" : kind.name();
	}

	private static String text(String text) {
		return (text != null) ? text.strip() : "";
	}

}
