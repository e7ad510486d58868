package org.vigie.fundraising.certificates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Belcotax-on-web file of an income year's forms 281.71, which the institution
 * uploads before the 1st of March: the institution as sender and debtor, one form per
 * certificate, and the control totals. The file is validated against the income year's
 * official schema before it is returned, so a file that Belcotax's schema would reject is
 * never handed out.
 */
public final class BelcotaxFile {

	private static final int MOST_LINES = 1_000_000;

	/**
	 * Eleven digits in a row: a national register number the schema quotes in a message.
	 */
	private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<![0-9])[0-9]{11}(?![0-9])");

	private final BelcotaxSchemas schemas;

	/**
	 * @param schemas where the yearly schemas are found
	 */
	public BelcotaxFile(BelcotaxSchemas schemas) {
		this.schemas = schemas;
	}

	/**
	 * Writes and validates the file.
	 * @param year the income year the gifts were made in
	 * @param sending an original sending, or one correcting an accepted sending
	 * @param declarant the institution
	 * @param lines the certificates, each number at most once
	 * @param createdOn the day the file is made, after the income year
	 * @return the XML, UTF-8
	 * @throws CertificateRefused when the year has no schema, the year is not over, a
	 * number appears twice or a correction is in an original sending
	 * @throws BelcotaxInvalid when the schema rejects the file, with the schema's
	 * messages
	 */
	public byte[] write(int year, Sending sending, Declarant declarant, List<CertificateLine> lines,
			LocalDate createdOn) {
		if (year < 2000 || year > 9998) {
			throw new CertificateRefused("year", String.valueOf(year));
		}
		if (!createdOn.isAfter(LocalDate.of(year, 12, 31))) {
			throw new CertificateRefused("yearNotOver", String.valueOf(year));
		}
		check(sending, lines);
		Schema schema = this.schemas.forYear(year);
		byte[] xml = BelcotaxXml.write(year, sending, declarant, lines, createdOn);
		validate(schema, xml, year);
		return xml;
	}

	private static void check(Sending sending, List<CertificateLine> lines) {
		if (lines.isEmpty()) {
			throw new CertificateRefused("noLines");
		}
		if (lines.size() > MOST_LINES) {
			throw new CertificateRefused("tooManyLines", String.valueOf(MOST_LINES));
		}
		Set<Integer> numbers = new HashSet<>();
		for (CertificateLine line : lines) {
			if (!numbers.add(line.number())) {
				throw new CertificateRefused("duplicateNumber", String.valueOf(line.number()));
			}
			if (!sending.correction() && line.kind() != CertificateLine.Kind.ORIGINAL) {
				throw new CertificateRefused("correctionInOriginal", String.valueOf(line.number()));
			}
		}
	}

	private static void validate(Schema schema, byte[] xml, int year) {
		List<String> problems = new ArrayList<>();
		try {
			Validator validator = schema.newValidator();
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.setErrorHandler(new Collector(problems));
			validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
		}
		catch (SAXException ex) {
			if (problems.isEmpty()) {
				problems.add(withoutNationalNumbers(ex.getMessage()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!problems.isEmpty()) {
			throw new BelcotaxInvalid(year, problems);
		}
	}

	/**
	 * A schema message quotes the value it rejects: a national register number in it is
	 * hidden, since the message may be shown or logged.
	 */
	static String withoutNationalNumbers(String message) {
		return ELEVEN_DIGITS.matcher(String.valueOf(message)).replaceAll("***********");
	}

	/**
	 * Keeps every error the schema reports, with where it is, rather than only the first,
	 * and without national register numbers.
	 */
	private record Collector(List<String> problems) implements ErrorHandler {

		@Override
		public void warning(SAXParseException problem) {
			// A warning does not make Belcotax reject the file.
		}

		@Override
		public void error(SAXParseException problem) {
			this.problems.add("line " + problem.getLineNumber() + ", column " + problem.getColumnNumber() + ": "
					+ withoutNationalNumbers(problem.getMessage()));
		}

		@Override
		public void fatalError(SAXParseException problem) throws SAXParseException {
			error(problem);
			throw problem;
		}

	}

}
