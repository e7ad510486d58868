package org.vigie;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML Checker (the engine of validator.w3.org/nu and {@code vnu.jar}), run in
 * this process on a page's HTML, offline: its schemas ship inside the library.
 */
public final class HtmlChecker {

	private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private HtmlChecker() {
	}

	/** What the checker says about one document: errors, and warnings one may keep. */
	public record Report(List<String> errors, List<String> warnings) {

		/**
		 * The errors, after noting the warnings in
		 * {@code target/html-checker-warnings.txt} for whoever reviews them.
		 */
		public List<String> errorsNotingWarnings() {
			if (!this.warnings.isEmpty()) {
				try {
					Path file = Path.of("target", "html-checker-warnings.txt");
					Files.write(file, this.warnings, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			return this.errors;
		}

	}

	/**
	 * Checks one HTML document.
	 * @param label how messages name the document (its address)
	 * @param html the document as served
	 */
	public static Report check(String label, String html) {
		Collector collector = new Collector(label);
		try {
			SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
			validator.setUpMainSchema(HTML_SCHEMA, new SystemErrErrorHandler());
			validator.setUpValidatorAndParsers(collector, false, false);
			InputSource source = new InputSource(new StringReader(html));
			source.setEncoding("UTF-8");
			validator.checkHtmlInputSource(source);
		}
		catch (Exception ex) {
			collector.errors.add(label + ": the checker failed: " + ex);
		}
		return new Report(collector.errors, collector.warnings);
	}

	private static final class Collector implements ErrorHandler {

		private final String label;

		private final List<String> errors = new ArrayList<>();

		private final List<String> warnings = new ArrayList<>();

		private Collector(String label) {
			this.label = label;
		}

		@Override
		public void warning(SAXParseException exception) {
			this.warnings.add(describe(exception));
		}

		@Override
		public void error(SAXParseException exception) {
			this.errors.add(describe(exception));
		}

		@Override
		public void fatalError(SAXParseException exception) {
			this.errors.add(describe(exception));
		}

		private String describe(SAXParseException exception) {
			return this.label + ":" + exception.getLineNumber() + ":" + exception.getColumnNumber() + ": "
					+ exception.getMessage();
		}

	}

}
