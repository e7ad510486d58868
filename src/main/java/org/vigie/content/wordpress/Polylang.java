package org.vigie.content.wordpress;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.vigie.site.Language;

/**
 * What the Polylang plugin leaves in an export: each translation group is a term whose
 * description is a PHP-serialized map from language code to post or term id. The map is
 * read as text with a pattern, never unserialized, so a hostile export cannot build
 * objects.
 */
final class Polylang {

	private static final Pattern ENTRY = Pattern
		.compile("s:\\d{1,2}:\"([a-z]{2}(?:_[A-Z]{2})?)\";(?:i:(\\d{1,12})|s:\\d{1,2}:\"(\\d{1,12})\");");

	private Polylang() {
	}

	/** The language code to id map of a translation group's description. */
	static Map<String, Long> group(String description) {
		Map<String, Long> group = new LinkedHashMap<>();
		if (description == null || description.length() > 10_000) {
			return group;
		}
		Matcher entry = ENTRY.matcher(description);
		while (entry.find()) {
			String id = (entry.group(2) != null) ? entry.group(2) : entry.group(3);
			group.put(entry.group(1).substring(0, 2), Long.parseLong(id));
		}
		return group;
	}

	/**
	 * A slug without the language suffix Polylang makes editors add when a slug is taken
	 * in another language ({@code actualites-en} in English gives {@code actualites}).
	 */
	static String withoutSuffix(String slug, Language language) {
		String suffix = "-" + language.code();
		return (slug.endsWith(suffix) && slug.length() > suffix.length())
				? slug.substring(0, slug.length() - suffix.length()) : slug;
	}

	/**
	 * The slug an imported item takes: without Polylang's language suffix when that is
	 * free, else as it was, else with the first free number after it.
	 */
	static String freeSlug(String slug, Language language, Predicate<String> taken) {
		String preferred = withoutSuffix(slug, language);
		if (!taken.test(preferred)) {
			return preferred;
		}
		if (!taken.test(slug)) {
			return slug;
		}
		for (int n = 2;; n++) {
			if (!taken.test(slug + "-" + n)) {
				return slug + "-" + n;
			}
		}
	}

}
