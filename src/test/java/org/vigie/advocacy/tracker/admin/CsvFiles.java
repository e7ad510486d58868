package org.vigie.advocacy.tracker.admin;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.vigie.StaffBrowser;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.TrackerCsv;

/**
 * Tracker CSV files for the import and export tests: rows written with the dataset's
 * columns, files sent to the import page, the export read back.
 */
final class CsvFiles {

	private CsvFiles() {
	}

	/** A row of the dataset: only the columns given, the others empty. */
	static Map<String, String> row(Instrument instrument, String state, String article, String status,
			String validFrom) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("instrument", instrument.code());
		row.put("state", state);
		row.put("article", article);
		row.put("status", status);
		row.put("valid_from", validFrom);
		row.put("reviewed_on", validFrom);
		row.put("source_kind", "COMMISSION_REPORT");
		row.put("source_label", "Commission report on transposition (test)");
		row.put("note_en", "Imported in a test.");
		return row;
	}

	/** The file: the given header, then each row's values in the header's order. */
	static byte[] file(List<String> header, List<Map<String, String>> rows) {
		StringBuilder out = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(out, TrackerCsv.FORMAT)) {
			printer.printRecord(header);
			for (Map<String, String> row : rows) {
				printer.printRecord(header.stream().map((column) -> row.getOrDefault(column, "")).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The file with the dataset's columns. */
	static byte[] file(List<Map<String, String>> rows) {
		return file(TrackerCsv.COLUMNS, rows);
	}

	/** Sends a file to the instrument's import page. */
	static HttpResponse<String> upload(StaffBrowser browser, Instrument instrument, byte[] file) {
		String path = TrackerAdminController.PATH + "/" + instrument.code() + "/import";
		return browser.upload(path, browser.csrf(path), "file", "tracker.csv", file, Map.of());
	}

	/** The instrument's export as the back-office gives it. */
	static HttpResponse<String> export(StaffBrowser browser, Instrument instrument, String query) {
		return browser.get(TrackerAdminController.PATH + "/" + instrument.code() + "/export.csv" + query);
	}

	/** A CSV text's records, the header as the first. */
	static List<CSVRecord> records(String csv) {
		try (CSVParser parser = CSVParser.parse(new StringReader(csv), TrackerCsv.FORMAT)) {
			return parser.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
