package org.vigie.content.demo;

import java.util.HashMap;
import java.util.Map;

import org.vigie.content.store.Author;
import org.vigie.content.store.Category;
import org.vigie.content.store.Tag;
import org.vigie.site.Language;

/**
 * The authors, categories and tags created while loading the demo, by their keys.
 */
record DemoTaxonomy(Map<String, Author> authors, Map<String, Map<Language, Category>> categories,
		Map<String, Map<Language, Tag>> tags) {

	DemoTaxonomy() {
		this(new HashMap<>(), new HashMap<>(), new HashMap<>());
	}

	Category category(String key, Language language) {
		return find(this.categories, key, language, "category");
	}

	Tag tag(String key, Language language) {
		return find(this.tags, key, language, "tag");
	}

	private static <T> T find(Map<String, Map<Language, T>> items, String key, Language language, String what) {
		T item = items.getOrDefault(key, Map.of()).get(language);
		if (item == null) {
			throw new IllegalStateException(
					"Demo content names an unknown " + what + ": " + key + " (" + language.code() + ")");
		}
		return item;
	}

}
