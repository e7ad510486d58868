package org.vigie.advocacy.organisations;

import java.util.EnumMap;
import java.util.Map;

import org.vigie.site.Language;

/**
 * A text staff write in French, Dutch and English.
 *
 * @param fr the French text
 * @param nl the Dutch text
 * @param en the English text
 */
public record Trilingual(String fr, String nl, String en) {

	/** The text in a language. */
	public String in(Language language) {
		return switch (language) {
			case FR -> this.fr;
			case NL -> this.nl;
			case EN -> this.en;
		};
	}

	/** The three texts by language, for revisions and exports. */
	public Map<Language, String> byLanguage() {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> texts.put(language, in(language)));
		return texts;
	}

	/**
	 * The texts in a map such as the demo files hold ({@code fr}, {@code nl},
	 * {@code en}).
	 */
	public static Trilingual of(Map<String, ?> texts) {
		return new Trilingual(string(texts.get("fr")), string(texts.get("nl")), string(texts.get("en")));
	}

	private static String string(Object text) {
		return (text != null) ? String.valueOf(text).strip() : "";
	}

}
