package org.vigie.advocacy.recommendations;

import java.util.EnumMap;
import java.util.Map;

import org.vigie.site.Language;

/**
 * A text in French, Dutch and English.
 *
 * @param fr in French
 * @param nl in Dutch
 * @param en in English
 */
public record Texts(String fr, String nl, String en) {

	/** The text in a language. */
	public String in(Language language) {
		return switch (language) {
			case FR -> this.fr;
			case NL -> this.nl;
			case EN -> this.en;
		};
	}

	/** The texts by language (for snapshots and JSON). */
	public Map<String, String> byCode() {
		Map<String, String> all = new java.util.LinkedHashMap<>();
		all.put("fr", this.fr);
		all.put("nl", this.nl);
		all.put("en", this.en);
		return all;
	}

	/** The texts of a map by language (missing ones empty). */
	public static Texts of(Map<Language, String> texts) {
		Map<Language, String> all = new EnumMap<>(Language.class);
		all.putAll(texts);
		return new Texts(all.getOrDefault(Language.FR, ""), all.getOrDefault(Language.NL, ""),
				all.getOrDefault(Language.EN, ""));
	}

}
