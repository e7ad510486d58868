package org.vigie.fundraising.certificates;

import java.util.Locale;

/**
 * The language a certificate is written in and the code Belcotax gives it. The official
 * form exists in French, Dutch and German; an English certificate is a faithful English
 * rendering that keeps the official French terms in brackets, and Belcotax records it
 * under the institution's own language.
 */
public enum Language {

	/** French: Belcotax code 2. */
	FR("2"),

	/** Dutch: Belcotax code 1. */
	NL("1"),

	/** English: no Belcotax code of its own. */
	EN(null);

	private final String belcotaxCode;

	Language(String belcotaxCode) {
		this.belcotaxCode = belcotaxCode;
	}

	/** The locale of the certificate's texts. */
	public Locale locale() {
		return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
	}

	/**
	 * The Belcotax language code (1 Dutch, 2 French).
	 * @param fallback the language to use when this one has no code (English)
	 */
	String belcotaxCode(Language fallback) {
		return (this.belcotaxCode != null) ? this.belcotaxCode : fallback.belcotaxCode;
	}

	/** Whether Belcotax knows this language. */
	boolean official() {
		return this.belcotaxCode != null;
	}

}
