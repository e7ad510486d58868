package org.vigie.fundraising.certificates;

import java.util.regex.Pattern;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The checks of the texts of one certificate line or of the institution, with refusals
 * that name which certificate (by its number) or the institution, and which field. The
 * field's name is itself a message of the bundle, so the whole reason reads in the
 * reader's language; the refused value is never part of it.
 */
final class Fields {

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private final String prefix;

	private final Object[] who;

	private Fields(String prefix, Object... who) {
		this.prefix = prefix;
		this.who = who;
	}

	/** For the certificate with this number. */
	static Fields ofLine(long number) {
		return new Fields("line.", String.valueOf(number));
	}

	/** For the institution. */
	static Fields ofDeclarant() {
		return new Fields("declarant.");
	}

	/**
	 * A text that must be present, with whitespace runs made single spaces.
	 * @param value the text
	 * @param field the field's name ({@code fundraising.certificates.field.*})
	 * @param max the most characters Belcotax takes
	 * @return the cleaned text
	 */
	String text(String value, String field, int max) {
		if (value == null || value.isBlank()) {
			throw missing(field);
		}
		if (value.length() > 1000 || CONTROL.matcher(value.replaceAll("[\\t\\n\\r]", " ")).find()
				|| value.codePoints().anyMatch(Fields::notXml)) {
			throw refused("unreadable", field(field));
		}
		String clean = value.strip().replaceAll("\\s+", " ");
		if (clean.length() > max) {
			throw refused("tooLong", field(field), max);
		}
		return clean;
	}

	/**
	 * The refusal for a value that is not given at all.
	 * @param field the field's name ({@code fundraising.certificates.field.*})
	 * @return the refusal to throw
	 */
	CertificateRefused missing(String field) {
		return refused("missing", field(field));
	}

	/**
	 * A refusal about the certificate or the institution.
	 * @param problem the reason, under {@code line.} or {@code declarant.}
	 * @param more the arguments after the certificate's number
	 * @return the refusal to throw
	 */
	CertificateRefused refused(String problem, Object... more) {
		Object[] arguments = new Object[this.who.length + more.length];
		System.arraycopy(this.who, 0, arguments, 0, this.who.length);
		System.arraycopy(more, 0, arguments, this.who.length, more.length);
		return new CertificateRefused(this.prefix + problem, arguments);
	}

	/** A lone surrogate or a non-character, which an XML file cannot hold. */
	private static boolean notXml(int point) {
		return (point >= 0xD800 && point <= 0xDFFF) || point == 0xFFFE || point == 0xFFFF;
	}

	private static DefaultMessageSourceResolvable field(String field) {
		return new DefaultMessageSourceResolvable("fundraising.certificates.field." + field);
	}

}
