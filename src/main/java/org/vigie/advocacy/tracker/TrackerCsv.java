package org.vigie.advocacy.tracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.vigie.site.Language;

/**
 * The tracker's dataset as CSV (RFC 4180, UTF-8, comma, header row): one row per member
 * state and provision, the state as its ISO 3166-1 alpha-2 code, codes rather than words
 * for statuses, themes and kinds of source, so the same file serves every language. The
 * columns are documented on the dataset page; the import reads the same columns. A cell
 * that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @},
 * tab, carriage return at its start) is written with a leading apostrophe.
 */
public final class TrackerCsv {

	/**
	 * The columns, in order; documented in {@code docs/advocacy-tracker.md} and on the
	 * site.
	 */
	public static final List<String> COLUMNS = List.of("instrument", "instrument_celex", "as_of", "state", "state_name",
			"article", "theme", "provision_title", "status", "carried_over", "valid_from", "reviewed_on",
			"measure_title", "measure_celex", "measure_address", "measure_article", "quote", "quote_language",
			"gloss_fr", "gloss_nl", "gloss_en", "note_fr", "note_nl", "note_en", "source_kind", "source_address",
			"source_label", "recorded_at", "fictitious_example");

	/** The dataset's licence. */
	public static final String LICENCE = "CC-BY-4.0";

	/** Where the licence is explained. */
	public static final String LICENCE_ADDRESS = "https://creativecommons.org/licenses/by/4.0/";

	private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\t\r].*", Pattern.DOTALL);

	/** The CSV dialect written and read. */
	public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

	private TrackerCsv() {
	}

	/** Writes the header and one row per cell of the matrix. */
	public static void write(Matrix matrix, Appendable out) {
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			printer.printRecord(COLUMNS);
			for (Cell cell : matrix.cells()) {
				printer.printRecord(row(matrix, cell));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The cells of one row, neutralised. */
	static List<String> row(Matrix matrix, Cell cell) {
		Instrument instrument = matrix.instrument();
		Provision provision = cell.provision();
		Assessment a = cell.assessment();
		List<String> row = new ArrayList<>(COLUMNS.size());
		row.add(instrument.code());
		row.add(instrument.celex());
		row.add(matrix.asOf().toString());
		row.add(cell.state());
		row.add(MemberStates.name(cell.state(), Language.EN));
		row.add(provision.article());
		row.add(provision.theme().name());
		row.add(provision.title(Language.EN));
		row.add(cell.status().name());
		row.add(String.valueOf(cell.carriedOver()));
		if (a == null) {
			for (int n = row.size(); n < COLUMNS.size() - 1; n++) {
				row.add("");
			}
		}
		else {
			row.add(a.validFrom().toString());
			row.add(a.reviewedOn().toString());
			row.add(a.measure().title());
			row.add(a.measure().celex());
			row.add(a.measure().address());
			row.add(a.measure().article());
			row.add(a.quote().text());
			row.add(a.quote().language());
			row.add(a.quote().gloss(Language.FR));
			row.add(a.quote().gloss(Language.NL));
			row.add(a.quote().gloss(Language.EN));
			row.add(a.note(Language.FR));
			row.add(a.note(Language.NL));
			row.add(a.note(Language.EN));
			row.add(a.source().kind().name());
			row.add(a.source().address());
			row.add(a.source().label());
			row.add(a.recordedAt().toString());
		}
		row.add(String.valueOf(instrument.demo()));
		return row.stream().map(TrackerCsv::neutralised).toList();
	}

	/** The text as a spreadsheet will show it and never run it. */
	public static String neutralised(String text) {
		if (text == null) {
			return "";
		}
		return FORMULA.matcher(text).matches() ? "'" + text : text;
	}

}
