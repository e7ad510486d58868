package org.vigie.advocacy.tracker.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.vigie.advocacy.tracker.TrackerCsv;

/**
 * Reads an uploaded file into rows by column name, refusing what is not the tracker's
 * CSV: too large, not UTF-8 text, binary, a header with missing or unknown columns, a
 * line too long, fields out of step with the header. Values the export neutralised (a
 * leading apostrophe before {@code = + - @}) are read back as they were.
 */
final class CsvRows {

	/** The largest file read. */
	static final int LARGEST = 2 * 1024 * 1024;

	/** The longest line (all its fields together). */
	static final int LONGEST_LINE = 16_000;

	/** The most rows read. */
	static final int MOST_ROWS = 20_000;

	/** Columns the export writes that the import does not read. */
	static final Set<String> DERIVED = Set.of("state_name", "provision_title", "as_of", "recorded_at", "carried_over",
			"instrument_celex", "fictitious_example", "theme");

	private CsvRows() {
	}

	/**
	 * The file's rows, or the problems that keep it from being read.
	 * @param problems where problems are added
	 */
	static List<Row> read(byte[] file, List<ImportProblem> problems) {
		if (file.length > LARGEST) {
			problems.add(ImportProblem.file("advocacy.trackerAdmin.import.tooLarge", LARGEST / (1024 * 1024)));
			return List.of();
		}
		String text = text(file, problems);
		if (text == null) {
			return List.of();
		}
		try (CSVParser parser = CSVParser.parse(new StringReader(text), TrackerCsv.FORMAT)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				problems.add(ImportProblem.file("advocacy.trackerAdmin.import.empty"));
				return List.of();
			}
			List<String> header = header(records.next(), problems);
			if (!problems.isEmpty()) {
				return List.of();
			}
			return rows(parser, records, header, problems);
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			problems.add(ImportProblem.file("advocacy.trackerAdmin.import.malformed"));
			return List.of();
		}
	}

	private static List<Row> rows(CSVParser parser, Iterator<CSVRecord> records, List<String> header,
			List<ImportProblem> problems) {
		List<Row> rows = new ArrayList<>();
		long line = parser.getCurrentLineNumber() + 1;
		while (records.hasNext()) {
			CSVRecord record = records.next();
			long next = parser.getCurrentLineNumber() + 1;
			if (rows.size() >= MOST_ROWS) {
				problems.add(ImportProblem.file("advocacy.trackerAdmin.import.tooManyRows", MOST_ROWS));
				return List.of();
			}
			int length = record.stream().mapToInt(String::length).sum();
			if (length > LONGEST_LINE) {
				problems.add(new ImportProblem(line, null, "advocacy.trackerAdmin.import.lineTooLong", LONGEST_LINE));
			}
			else if (record.size() != header.size()) {
				problems.add(new ImportProblem(line, null, "advocacy.trackerAdmin.import.fieldCount", record.size(),
						header.size()));
			}
			else if (!(record.size() == 1 && record.get(0).isBlank())) {
				Map<String, String> values = new LinkedHashMap<>();
				for (int n = 0; n < header.size(); n++) {
					values.put(header.get(n), unneutralised(record.get(n)));
				}
				rows.add(new Row(line, values));
			}
			line = next;
		}
		return rows;
	}

	private static String text(byte[] file, List<ImportProblem> problems) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file))
				.toString();
		}
		catch (CharacterCodingException ex) {
			problems.add(ImportProblem.file("advocacy.trackerAdmin.import.notUtf8"));
			return null;
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		long line = 1;
		for (int n = 0; n < text.length(); n++) {
			char c = text.charAt(n);
			if (c == '\n') {
				line++;
			}
			else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7f) {
				problems.add(new ImportProblem(line, null, "advocacy.trackerAdmin.import.binary"));
				return null;
			}
		}
		return text;
	}

	private static List<String> header(CSVRecord record, List<ImportProblem> problems) {
		List<String> header = record.stream().map(String::strip).toList();
		Set<String> seen = new HashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String column : header) {
			if (!TrackerCsv.COLUMNS.contains(column) || !seen.add(column)) {
				unknown.add(column);
			}
		}
		List<String> missing = TrackerCsv.COLUMNS.stream()
			.filter((column) -> !DERIVED.contains(column) && !seen.contains(column))
			.toList();
		if (!unknown.isEmpty()) {
			problems.add(new ImportProblem(1, null, "advocacy.trackerAdmin.import.unknownColumns",
					String.join(", ", unknown)));
		}
		if (!missing.isEmpty()) {
			problems.add(new ImportProblem(1, null, "advocacy.trackerAdmin.import.missingColumns",
					String.join(", ", missing)));
		}
		return header;
	}

	/** A cell the export wrote with a leading apostrophe, as it was before. */
	static String unneutralised(String text) {
		if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
			return text.substring(1);
		}
		return text;
	}

	/**
	 * One row of the file.
	 *
	 * @param line the line it starts on
	 * @param values its values by column name
	 */
	record Row(long line, Map<String, String> values) {

		String value(String column) {
			return this.values.getOrDefault(column, "");
		}

	}

}
