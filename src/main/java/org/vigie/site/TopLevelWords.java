package org.vigie.site;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The first words of public addresses a module answers at, in each language
 * ({@code /fr/actualites}, {@code /nl/nieuws}…), declared as a bean. The site refuses to
 * start when two modules claim one word in one language, and a page slug can never take a
 * word declared here (see {@link ReservedWords}).
 *
 * @param module the module that owns the words, for error messages
 * @param words the words in each language
 */
public record TopLevelWords(String module, Map<Language, Set<String>> words) {

	private static final Pattern WORD = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

	public TopLevelWords {
		Map<Language, Set<String>> copy = new EnumMap<>(Language.class);
		words.forEach((language, list) -> {
			list.forEach((word) -> {
				if (!WORD.matcher(word).matches()) {
					throw new IllegalArgumentException("Not an address word: " + word);
				}
			});
			copy.put(language, Set.copyOf(list));
		});
		words = Map.copyOf(copy);
	}

	/** Words with their language: {@code fr, nl, en} words in that order. */
	public static TopLevelWords of(String module, Set<String> french, Set<String> dutch, Set<String> english) {
		return new TopLevelWords(module, Map.of(Language.FR, french, Language.NL, dutch, Language.EN, english));
	}

	/** The same words in every language. */
	public static TopLevelWords everywhere(String module, String... words) {
		Set<String> all = Set.of(words);
		return of(module, all, all, all);
	}

	/** The words of one language. */
	public Set<String> in(Language language) {
		return this.words.getOrDefault(language, Set.of());
	}

}
