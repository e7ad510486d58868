package org.vigie.site;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the public site is published in. Its code is the first segment of every
 * public address ({@code /fr/…}).
 */
public enum Language {

	FR(Locale.FRENCH), NL(Locale.of("nl")), EN(Locale.ENGLISH);

	private static final List<Language> ALL = List.of(values());

	private final Locale locale;

	Language(Locale locale) {
		this.locale = locale;
	}

	/** The lower-case ISO 639-1 code used in addresses and {@code hreflang}. */
	public String code() {
		return this.locale.getLanguage();
	}

	public Locale locale() {
		return this.locale;
	}

	public static List<Language> all() {
		return ALL;
	}

	/** The language with this exact lower-case code, if the site has it. */
	public static Optional<Language> fromCode(String code) {
		return Arrays.stream(values()).filter((language) -> language.code().equals(code)).findFirst();
	}

	/** The language whose locale matches, falling back to {@code fallback}. */
	public static Language of(Locale locale, Language fallback) {
		if (locale == null) {
			return fallback;
		}
		return fromCode(locale.getLanguage()).orElse(fallback);
	}

}
