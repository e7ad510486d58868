package org.vigie.advocacy.tracker.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.vigie.advocacy.tracker.Assessment;
import org.vigie.advocacy.tracker.Cell;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.Matrix;
import org.vigie.advocacy.tracker.MemberStates;
import org.vigie.advocacy.tracker.Provision;
import org.vigie.advocacy.tracker.TrackerCsv;
import org.vigie.site.Language;

/**
 * The tracker's dataset as JSON: the same rows as the CSV file (one object per member
 * state and provision, keyed by the CSV's column names, with JSON's own types) under its
 * metadata: licence, instrument, "as of" day, the columns with their descriptions, and
 * the fictitious-example flag with a notice for demo data.
 */
final class TrackerJson {

	private TrackerJson() {
	}

	/**
	 * The document for a matrix.
	 * @param text a message key's text in the reader's language
	 */
	static Map<String, Object> of(Matrix matrix, Language language, UnaryOperator<String> text) {
		Instrument instrument = matrix.instrument();
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("title", text.apply("advocacy.tracker.title") + " – " + TrackerData.name(instrument, language));
		document.put("licence", TrackerCsv.LICENCE);
		document.put("licenceAddress", TrackerCsv.LICENCE_ADDRESS);
		document.put("asOf", matrix.asOf().toString());
		document.put("fictitiousExample", instrument.demo());
		if (instrument.demo()) {
			document.put("notice", text.apply("advocacy.demo.label") + ": " + text.apply("advocacy.demo.text"));
		}
		Map<String, Object> about = new LinkedHashMap<>();
		about.put("code", instrument.code());
		about.put("celex", instrument.celex());
		about.put("eli", instrument.eli());
		about.put("title", instrument.title(language));
		about.put("adoptedOn", (instrument.adoptedOn() != null) ? instrument.adoptedOn().toString() : null);
		about.put("transpositionDue",
				(instrument.transpositionDue() != null) ? instrument.transpositionDue().toString() : null);
		document.put("instrument", about);
		document.put("columns", TrackerCsv.COLUMNS.stream()
			.map((column) -> Map.of("name", column, "description", text.apply("advocacy.tracker.column." + column)))
			.toList());
		document.put("rows", matrix.cells().stream().map((cell) -> row(matrix, cell)).toList());
		return document;
	}

	/** One cell as an object with the CSV's columns, in their order. */
	static Map<String, Object> row(Matrix matrix, Cell cell) {
		Instrument instrument = matrix.instrument();
		Provision provision = cell.provision();
		Assessment a = cell.assessment();
		List<Object> values = new ArrayList<>(TrackerCsv.COLUMNS.size());
		values.add(instrument.code());
		values.add(instrument.celex());
		values.add(matrix.asOf().toString());
		values.add(cell.state());
		values.add(MemberStates.name(cell.state(), Language.EN));
		values.add(provision.article());
		values.add(provision.theme().name());
		values.add(provision.title(Language.EN));
		values.add(cell.status().name());
		values.add(cell.carriedOver());
		if (a == null) {
			while (values.size() < TrackerCsv.COLUMNS.size() - 1) {
				values.add(null);
			}
		}
		else {
			values.addAll(evidence(a));
		}
		values.add(instrument.demo());
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 0; i < TrackerCsv.COLUMNS.size(); i++) {
			row.put(TrackerCsv.COLUMNS.get(i), values.get(i));
		}
		return row;
	}

	private static List<Object> evidence(Assessment a) {
		List<Object> values = new ArrayList<>();
		values.add(a.validFrom().toString());
		values.add(a.reviewedOn().toString());
		values.add(a.measure().title());
		values.add(a.measure().celex());
		values.add(a.measure().address());
		values.add(a.measure().article());
		values.add(a.quote().text());
		values.add(a.quote().language());
		for (Language language : List.of(Language.FR, Language.NL, Language.EN)) {
			values.add(empty(a.quote().gloss(language)));
		}
		for (Language language : List.of(Language.FR, Language.NL, Language.EN)) {
			values.add(empty(a.note(language)));
		}
		values.add(a.source().kind().name());
		values.add(a.source().address());
		values.add(a.source().label());
		values.add(a.recordedAt().toString());
		return values;
	}

	private static String empty(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

}
